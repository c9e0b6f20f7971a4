-- The checkout benchmark's visits, seeded straight into the tables (the API books only future times): one location,
-- one room and one therapist per 1,000 visits, 500 clients, and :visits BOOKED 60-minute visits that have started
-- (each therapist's one hour apart, going back from an hour ago). The service gets its demo price. Prints the ids.
\set ON_ERROR_STOP 1
begin;
update service set price = 95.00 where code = 'MEDICAL_MASSAGE_60' and price = 0;
insert into location (name, time_zone) values ('Bench checkout ' || clock_timestamp(), 'America/New_York');
create temporary table bench_location on commit drop as select id from location order by created_at desc limit 1;
create temporary table bench_n on commit drop as select ceil(:visits / 1000.0)::int as lanes;
insert into room (location_id, name, position)
select (select id from bench_location), 'Room ' || r, r from generate_series(1, (select lanes from bench_n)) r;
insert into app_user (email, full_name, role)
select 'bench-co-therapist-' || t || '-' || extract(epoch from clock_timestamp())::bigint || '@bench.example',
       'Bench Therapist ' || t, 'THERAPIST'
from generate_series(1, (select lanes from bench_n)) t;
create temporary table bench_therapists on commit drop as
select id, row_number() over (order by email) as n from app_user where email like 'bench-co-therapist-%' and created_at = now();
insert into therapist (id, location_id, skills)
select id, (select id from bench_location), '{MEDICAL_MASSAGE}' from bench_therapists;
create temporary table bench_rooms on commit drop as
select id, position as n from room where location_id = (select id from bench_location);
insert into app_user (email, full_name, role)
select 'bench-co-client-' || c || '-' || extract(epoch from clock_timestamp())::bigint || '@bench.example',
       'Bench Client ' || c, 'CLIENT'
from generate_series(0, 499) c;
insert into client (user_id, full_name, email, date_of_birth)
select id, full_name, email, date '1980-01-01' from app_user where email like 'bench-co-client-%' and created_at = now();
create temporary table bench_clients on commit drop as
select id, (row_number() over (order by email) - 1)::int as n from client
where email like 'bench-co-client-%' and created_at = now();
-- visit v: lane (therapist and room) v % lanes, hour v / lanes back; a client's visits are 500 apart, never at once
insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at, held_until,
                     status, screening_status)
select c.id, (select id from bench_location), 'MEDICAL_MASSAGE_60', t.id, r.id, s.starts_at,
       s.starts_at + interval '60 minutes', s.starts_at + interval '60 minutes', 'BOOKED', 'CLEARED'
from generate_series(0, :visits - 1) v
join bench_therapists t on t.n = v % (select lanes from bench_n) + 1
join bench_rooms r on r.n = v % (select lanes from bench_n) + 1
join bench_clients c on c.n = v % 500
cross join lateral (select date_trunc('hour', now()) - interval '1 hour'
                               - make_interval(hours => v / (select lanes from bench_n)) as starts_at) s;
commit;
select b.id from booking b join location l on l.id = b.location_id
where l.name like 'Bench checkout %' and b.status = 'BOOKED' order by b.starts_at desc;
