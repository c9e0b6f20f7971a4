-- scheduling: locations, rooms, equipment units, therapists, hours, time off, bookings.
-- The exclusion constraints below are what keeps a therapist, a room, an equipment unit or a
-- client from being in two bookings at once, whatever number of application instances run.

create table location (
    id                uuid primary key default gen_random_uuid(),
    name              text not null,
    time_zone         text not null,
    buffer_minutes    int not null default 15 check (buffer_minutes between 0 and 120),
    late_cancel_hours int not null default 24 check (late_cancel_hours between 0 and 336),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create table room (
    id          uuid primary key default gen_random_uuid(),
    location_id uuid not null references location (id),
    name        text not null,
    position    int not null,
    active      boolean not null default true
);
create index room_location_ix on room (location_id, position);

-- one row per physical unit (a kit), so that a booking holds a specific one
create table equipment_unit (
    id          uuid primary key default gen_random_uuid(),
    location_id uuid not null references location (id),
    kind        text not null check (kind in ('HOT_STONE_KIT')),
    number      int not null,
    active      boolean not null default true,
    unique (location_id, kind, number)
);

create table therapist (
    id                 uuid primary key references app_user (id),
    location_id        uuid references location (id),
    licence_number     text,
    licence_region     text,
    licence_expires_on date,
    skills             text[] not null default '{}',
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- weekly hours in the location's local time; end_minute 1440 means midnight at the day's end
create table therapist_hours (
    therapist_id uuid not null references therapist (id),
    location_id  uuid not null references location (id),
    day_of_week  int not null check (day_of_week between 1 and 7),
    start_minute int not null check (start_minute between 0 and 1439),
    end_minute   int not null check (end_minute between 1 and 1440),
    check (end_minute > start_minute)
);
create index therapist_hours_location_ix on therapist_hours (location_id, therapist_id);

create table therapist_time_off (
    id           uuid primary key default gen_random_uuid(),
    therapist_id uuid not null references therapist (id),
    during       tstzrange not null check (not isempty(during))
);
create index therapist_time_off_ix on therapist_time_off using gist (therapist_id, during);

create table booking (
    id                uuid primary key default gen_random_uuid(),
    client_id         uuid not null references client (id),
    location_id       uuid not null references location (id),
    service_code      text not null references service (code),
    therapist_id      uuid not null references therapist (id),
    room_id           uuid not null references room (id),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    -- the session plus the location's turnover buffer: what therapist, room and equipment are held for
    held_until        timestamptz not null,
    session           tstzrange generated always as (tstzrange(starts_at, ends_at)) stored,
    held              tstzrange generated always as (tstzrange(starts_at, held_until)) stored,
    status            text not null default 'BOOKED' check (status in ('BOOKED', 'CANCELLED', 'NO_SHOW')),
    -- the screening status the booking was made under (it keeps it)
    screening_status  text not null,
    needs_review      boolean not null default false,
    plan_id           uuid,
    plan_version      int,
    required_skills   text[] not null default '{}',
    course_id         uuid,
    version           int not null default 1,
    created_by        uuid references app_user (id),
    created_at        timestamptz not null default now(),
    cancelled_at      timestamptz,
    cancelled_by      uuid references app_user (id),
    late_cancellation boolean not null default false,
    cancel_reason     text,
    check (ends_at > starts_at and held_until >= ends_at),
    constraint booking_therapist_free exclude using gist (therapist_id with =, held with &&)
        where (status <> 'CANCELLED'),
    constraint booking_room_free exclude using gist (room_id with =, held with &&)
        where (status <> 'CANCELLED'),
    constraint booking_client_free exclude using gist (client_id with =, session with &&)
        where (status <> 'CANCELLED')
);
create index booking_location_start_ix on booking (location_id, starts_at);
create index booking_client_start_ix on booking (client_id, starts_at);
create index booking_therapist_start_ix on booking (therapist_id, starts_at);

create table booking_equipment (
    booking_id uuid not null references booking (id),
    unit_id    uuid not null references equipment_unit (id),
    held       tstzrange not null,
    released   boolean not null default false,
    primary key (booking_id, unit_id),
    constraint booking_equipment_free exclude using gist (unit_id with =, held with &&) where (not released)
);
