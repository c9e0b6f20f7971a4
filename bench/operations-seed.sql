-- The operations report benchmark's practice, seeded straight into the tables (the API books only future times):
-- one New York location with 20 rooms, 20 therapists working Monday-Saturday 09:00-17:00 with a day off each,
-- 400 clients, and six 60-minute sessions a working day per therapist (75 minutes apart: session plus buffer) from
-- 90 days ago to 29 days ahead (~12,000 bookings): past ones mostly COMPLETED, some CANCELLED (half of them late),
-- NO_SHOW or an expired hold; future ones BOOKED. Prints the location's id.
\set ON_ERROR_STOP 1
begin;
insert into location (name, time_zone) values ('Bench operations ' || clock_timestamp(), 'America/New_York');
create temporary table bench_location on commit drop as select id from location order by created_at desc limit 1;
insert into room (location_id, name, position)
select (select id from bench_location), 'Room ' || r, r from generate_series(1, 20) r;
insert into app_user (email, full_name, role)
select 'bench-ops-therapist-' || t || '-' || extract(epoch from clock_timestamp())::bigint || '@bench.example',
       'Bench Therapist ' || lpad(t::text, 2, '0'), 'THERAPIST'
from generate_series(1, 20) t;
create temporary table bench_therapists on commit drop as
select id, row_number() over (order by full_name) as n from app_user
where email like 'bench-ops-therapist-%' and created_at = now();
insert into therapist (id, location_id, skills)
select id, (select id from bench_location), '{MEDICAL_MASSAGE}' from bench_therapists;
insert into therapist_hours (therapist_id, location_id, day_of_week, start_minute, end_minute)
select t.id, (select id from bench_location), d, 540, 1020 from bench_therapists t cross join generate_series(1, 6) d;
insert into therapist_time_off (therapist_id, during)
select t.id, tstzrange(((current_date - 10 - t.n::int) + time '00:00') at time zone 'America/New_York',
                       ((current_date - 9 - t.n::int) + time '00:00') at time zone 'America/New_York')
from bench_therapists t;
insert into app_user (email, full_name, role)
select 'bench-ops-client-' || c || '-' || extract(epoch from clock_timestamp())::bigint || '@bench.example',
       'Bench Client ' || c, 'CLIENT'
from generate_series(0, 399) c;
insert into client (user_id, full_name, email, date_of_birth)
select id, full_name, email, date '1980-01-01' from app_user where email like 'bench-ops-client-%' and created_at = now();
create temporary table bench_clients on commit drop as
select id, (row_number() over (order by email) - 1)::int as n from client
where email like 'bench-ops-client-%' and created_at = now();
create temporary table bench_rooms on commit drop as
select id, position as n from room where location_id = (select id from bench_location);
-- expired holds as the clean-up job leaves them: CANCELLED / HOLD_EXPIRED (one HELD per client at most)
insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at, held_until,
                     status, screening_status, late_cancellation, cancel_reason, hold_expires_at)
select c.id, (select id from bench_location), 'MEDICAL_MASSAGE_60', t.id, r.id, s.starts_at,
       s.starts_at + interval '60 minutes', s.starts_at + interval '75 minutes',
       case when s.starts_at > now() then 'BOOKED'
            when s.h < 5 then 'CANCELLED' when s.h < 9 then 'CANCELLED' when s.h < 13 then 'NO_SHOW'
            when s.h < 14 then 'CANCELLED' when s.h < 20 then 'BOOKED' else 'COMPLETED' end,
       'CLEARED', s.starts_at <= now() and s.h < 5,
       case when s.starts_at <= now() and s.h < 9 then 'CLIENT_REQUEST'
            when s.starts_at <= now() and s.h = 13 then 'HOLD_EXPIRED' end,
       case when s.starts_at <= now() and s.h between 13 and 13 then s.starts_at - interval '1 day' end
from bench_therapists t
cross join generate_series(-90, 29) d
cross join generate_series(0, 5) k
join bench_rooms r on r.n = t.n
join bench_clients c on c.n = ((d + 90) * 6 + k) * 20 % 400 + t.n - 1
cross join lateral (select ((current_date + d) + time '09:00' + make_interval(mins => 75 * k))
                               at time zone 'America/New_York' as starts_at,
                           abs(hashtext(t.id::text || d || k)) % 100 as h) s
where extract(isodow from current_date + d) < 7
  and not exists (select 1 from therapist_time_off o where o.therapist_id = t.id and o.during && tstzrange(s.starts_at, s.starts_at + interval '75 minutes'));
select id from bench_location;
commit;
