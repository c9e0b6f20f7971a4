-- The money reports benchmark's practice, seeded straight into the tables (invoices are issued "today" by the API):
-- one New York location, 20 therapists and rooms, 500 clients, and 20,000 invoices over the year to yesterday, 500 of
-- them yesterday (the busy day). In each block of 20 invoices (one client): a package of 10 sold (500.00, card), a
-- no-show fee (40.00, a third paid in cash), two visits paid by a package session, and 16 visits (95.00, or 140.00 for
-- 90 minutes, a third with 15.00 of extras) paid by cash, card, gift card or other in turn, every seventh only in
-- part (50.00); every 50th invoice has a 20.00 credit note. Each visit has a completed (or no-show) booking, one
-- minute long and two minutes apart, so none overlap. Numbers are B-000001… (seq from 500001: out of the real range).
\set ON_ERROR_STOP 1
begin;
insert into location (name, time_zone) values ('Bench money ' || clock_timestamp(), 'America/New_York');
create temporary table bench_location on commit drop as select id from location order by created_at desc limit 1;
insert into room (location_id, name, position)
select (select id from bench_location), 'Room ' || r, r from generate_series(1, 20) r;
create temporary table bench_rooms on commit drop as
select id, position - 1 as n from room where location_id = (select id from bench_location);
insert into app_user (email, full_name, role)
select 'bench-money-therapist-' || t || '@bench.example', 'Bench Therapist ' || lpad(t::text, 2, '0'), 'THERAPIST'
from generate_series(1, 20) t;
create temporary table bench_therapists on commit drop as
select id, (row_number() over (order by full_name) - 1)::int as n from app_user
where email like 'bench-money-therapist-%';
insert into therapist (id, location_id, skills)
select id, (select id from bench_location), '{MEDICAL_MASSAGE}' from bench_therapists;
insert into app_user (email, full_name, role)
select 'bench-money-client-' || c || '@bench.example', 'Bench Client ' || lpad(c::text, 3, '0'), 'CLIENT'
from generate_series(0, 499) c;
insert into client (user_id, full_name, email, date_of_birth)
select id, full_name, email, date '1980-01-01' from app_user where email like 'bench-money-client-%';
create temporary table bench_clients on commit drop as
select id, (row_number() over (order by email) - 1)::int as n from client where email like 'bench-money-client-%';

create temporary table planned on commit drop as
select n, day, kind, row_number() over (partition by day order by n) as k, gen_random_uuid() as invoice_id,
       case when kind <> 0 then gen_random_uuid() end as booking_id,
       case when kind = 0 then gen_random_uuid() end as package_id,
       case when kind = 0 then 500.00 when kind = 1 then 40.00 when kind in (9, 19) then 140.00 else 95.00 end
           as price,
       case when kind >= 4 and n % 3 = 0 then 15.00 else 0 end as extra
from (select n, n % 20 as kind,
             case when n < 500 then current_date - 1 else current_date - 2 - ((n - 500) % 364) end as day
      from generate_series(0, 19999) n) p;

insert into booking (id, client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at, held_until,
                     status, screening_status)
select p.booking_id, c.id, (select id from bench_location),
       case when p.kind in (9, 19) then 'MEDICAL_MASSAGE_90' else 'MEDICAL_MASSAGE_60' end, t.id, r.id, s.at,
       s.at + interval '1 minute', s.at + interval '1 minute', case when p.kind = 1 then 'NO_SHOW' else 'COMPLETED' end,
       'CLEARED'
from planned p
join bench_clients c on c.n = ((p.n - p.kind) / 20) % 500
join bench_therapists t on t.n = p.n % 20
join bench_rooms r on r.n = p.n % 20
cross join lateral (select (p.day + time '00:00') at time zone 'America/New_York' + make_interval(mins => 2 * p.k::int)
                        as at) s
where p.booking_id is not null;

insert into invoice (id, number, year, seq, client_id, booking_id, reason, issued_on, issued_at, currency, total)
select p.invoice_id, 'B-' || lpad((p.n + 1)::text, 6, '0'), extract(year from p.day)::int, 500001 + p.n, c.id, p.booking_id,
       case when p.kind = 1 then 'NO_SHOW_FEE' end, p.day, (p.day + time '12:00') at time zone 'America/New_York',
       'USD', p.price + p.extra
from planned p join bench_clients c on c.n = ((p.n - p.kind) / 20) % 500;

insert into invoice_line (invoice_id, position, description, quantity, unit_price, amount, service_code)
select invoice_id, 1, case when kind = 0 then 'Course of 10' when kind = 1 then 'No-show fee' else 'Medical massage' end,
       1, price, price,
       case when kind = 1 then null when kind in (9, 19) then 'MEDICAL_MASSAGE_90' else 'MEDICAL_MASSAGE_60' end
from planned;
insert into invoice_line (invoice_id, position, description, quantity, unit_price, amount)
select invoice_id, 2, 'Hot stones', 1, extra, extra from planned where extra > 0;

insert into package (name, service_code, sessions, price, valid_days)
values ('Bench course of 10', 'MEDICAL_MASSAGE_60', 10, 500.00, 365);
insert into client_package (id, package_id, client_id, service_code, name, sessions, used, sold_on, expires_on,
                            invoice_id)
select p.package_id, (select id from package where name = 'Bench course of 10' limit 1), i.client_id,
       'MEDICAL_MASSAGE_60', 'Bench course of 10', 10, 2, p.day, p.day + 365, p.invoice_id
from planned p join invoice i on i.id = p.invoice_id where p.kind = 0;

insert into payment (invoice_id, method, amount, reference, client_package_id, taken_on, taken_at)
select p.invoice_id,
       case when p.kind = 0 then 'CARD' when p.kind = 1 then 'CASH' when p.kind in (2, 3) then 'PACKAGE'
            else (array['CASH', 'CARD', 'GIFT_CARD', 'OTHER'])[p.n % 4 + 1] end,
       case when p.kind >= 4 and p.n % 7 = 0 then 50.00 else p.price + p.extra end,
       case when p.kind = 0 or (p.kind >= 4 and p.n % 4 = 1) then 'T-' || p.n end,
       case when p.kind in (2, 3) then s.package_id end,
       p.day, (p.day + time '12:00') at time zone 'America/New_York'
from planned p left join planned s on s.n = p.n - p.kind and p.kind in (2, 3)
where p.kind <> 1 or p.n % 3 = 0;

insert into credit_note (number, year, seq, invoice_id, amount, reason, issued_on)
select 'BCN-' || lpad(n::text, 6, '0'), extract(year from day)::int, 500000 + n, invoice_id, 20.00, 'Bench goodwill',
       day
from planned where n % 50 = 5;
commit;
select (current_date - 1)::text;
