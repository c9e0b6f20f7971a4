-- services: the catalogue (code, name, minutes, required skills), edited by admins.
create table service (
    code            text primary key,
    name            text not null,
    minutes         int not null check (minutes between 15 and 240 and minutes % 15 = 0),
    required_skills text[] not null default '{}',
    active          boolean not null default true
);
insert into service (code, name, minutes, required_skills) values
    ('MEDICAL_MASSAGE_60', 'Medical Massage, 60 minutes', 60, '{MEDICAL_MASSAGE}'),
    ('MEDICAL_MASSAGE_90', 'Medical Massage, 90 minutes', 90, '{MEDICAL_MASSAGE}');
