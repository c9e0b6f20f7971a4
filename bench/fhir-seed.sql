-- The FHIR / progress-report benchmark's client, seeded straight into the tables (the API books only future times
-- and the diary goes back 365 days): 365 diary days up to today, and 20 weekly COMPLETED 60-minute sessions (the
-- newest a week ago) at one location with one therapist, each with a signed SOAP note (one records an adverse
-- reaction). The client and their 3 intakes come over the API first (bench/fhir.sh). Needs -v client=<client id>.
\set ON_ERROR_STOP 1
begin;
insert into location (name, time_zone) values ('Bench FHIR ' || clock_timestamp(), 'America/New_York');
create temporary table bench_location on commit drop as select id from location order by created_at desc limit 1;
insert into room (location_id, name, position) select id, 'Room 1', 1 from bench_location;
insert into app_user (email, full_name, role)
values ('bench-fhir-therapist-' || extract(epoch from clock_timestamp())::bigint || '@bench.example',
        'Bench Therapist', 'THERAPIST');
create temporary table bench_therapist on commit drop as
select id from app_user where email like 'bench-fhir-therapist-%' order by created_at desc limit 1;
insert into therapist (id, location_id, skills)
select t.id, l.id, '{MEDICAL_MASSAGE}' from bench_therapist t, bench_location l;
insert into diary_entry (client_id, entry_date, headache, peak_intensity, duration_hours, acute_medication, triggers)
select :'client', current_date - d, d % 3 = 0, case when d % 3 = 0 then 4 + d % 5 end,
       case when d % 3 = 0 then 3 + d % 6 end, case when d % 6 = 0 then '{TRIPTAN}'::text[] else '{}' end,
       case when d % 3 = 0 then '{STRESS}'::text[] else '{}' end
from generate_series(0, 364) d;
insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at, held_until,
                     status, screening_status)
select :'client', l.id, 'MEDICAL_MASSAGE_60', t.id, r.id,
       ((current_date - 7 * w) + time '10:00') at time zone 'America/New_York',
       ((current_date - 7 * w) + time '11:00') at time zone 'America/New_York',
       ((current_date - 7 * w) + time '11:00') at time zone 'America/New_York', 'COMPLETED', 'CLEARED'
from generate_series(1, 20) w, bench_location l, bench_therapist t, room r where r.location_id = l.id;
insert into session_note (booking_id, client_id, author_id, subjective, objective, assessment, plan, pain_before,
                          pain_after, pressure, techniques_used, adverse_reaction, signed_at, signed_by,
                          signed_by_name, signed_by_role)
select b.id, b.client_id, b.therapist_id, 'Diary kept.', 'Trigger points in the upper trapezius.', 'Responding.',
       'Weekly.', 6, 3, 3,
       '[{"technique":"CONSULTATION","area":null,"minutes":5,"pressure":null},
         {"technique":"KNEADING","area":"UPPER_BACK","minutes":15,"pressure":3},
         {"technique":"TRIGGER_POINT","area":"SHOULDERS","minutes":25,"pressure":3},
         {"technique":"STRETCHING","area":"NECK_BACK","minutes":10,"pressure":2},
         {"technique":"CONSULTATION","area":null,"minutes":5,"pressure":null}]'::jsonb,
       case when row_number() over (order by b.starts_at) = 2 then 'Mild soreness in the neck for a day.' end,
       b.ends_at, b.therapist_id, 'Bench Therapist', 'THERAPIST'
from booking b where b.client_id = :'client';
commit;
select count(*) || ' diary days, ' || (select count(*) from session_note where client_id = :'client')
       || ' signed notes, ' || (select count(*) from intake_response where client_id = :'client') || ' intakes'
from diary_entry where client_id = :'client';
