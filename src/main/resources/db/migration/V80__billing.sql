-- billing: prices, invoices and credit notes with gapless numbers, payments, packages, fees, diagnoses on file.
-- Money is numeric(12, 2) in the practice's currency: exact, never floating point.

alter table practice
    add column currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    add column tax_id   text not null default '',
    add column npi      text not null default '' check (npi = '' or npi ~ '^[0-9]{10}$');

alter table service add column price numeric(12, 2) not null default 0.00 check (price >= 0);

alter table location
    add column late_cancel_fee numeric(12, 2) not null default 0.00 check (late_cancel_fee >= 0),
    add column no_show_fee     numeric(12, 2) not null default 0.00 check (no_show_fee >= 0);

-- One row per series and year; the issuing transaction increments it (the row lock orders concurrent issuers,
-- and a rollback gives the number back), so the numbers are 1..N without a gap. A sequence would leave gaps.
create table invoice_counter (
    series      text not null check (series in ('INV', 'CN')),
    year        int not null,
    last_number int not null default 0 check (last_number >= 0),
    primary key (series, year)
);

create table invoice (
    id          uuid primary key default gen_random_uuid(),
    number      text not null unique,
    year        int not null,
    seq         int not null check (seq > 0),
    client_id   uuid not null references client (id),
    booking_id  uuid references booking (id),
    reason      text check (reason in ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')),
    issued_on   date not null,
    issued_at   timestamptz not null default now(),
    issued_by   uuid references app_user (id),
    currency    char(3) not null,
    total       numeric(12, 2) not null check (total >= 0),
    unique (year, seq),
    check (reason is null or booking_id is not null)
);
-- a visit is checked out once; a fee is raised once per booking, whoever marks it and from wherever
create unique index invoice_checkout_once on invoice (booking_id) where booking_id is not null and reason is null;
create unique index invoice_fee_once on invoice (booking_id, reason) where reason is not null;
create index invoice_client_ix on invoice (client_id, issued_on);
create index invoice_issued_ix on invoice (issued_on);

-- an issued invoice never changes: credit notes and payments are added beside it
create function invoice_locked() returns trigger language plpgsql as $$
begin
    raise exception 'invoice % is issued and cannot change', old.id;
end $$;
create trigger invoice_no_change before update or delete on invoice
    for each row execute function invoice_locked();

create table invoice_line (
    invoice_id   uuid not null references invoice (id),
    position     int not null check (position > 0),
    description  text not null,
    quantity     int not null check (quantity > 0),
    unit_price   numeric(12, 2) not null check (unit_price >= 0),
    amount       numeric(12, 2) not null check (amount >= 0),
    service_code text references service (code),
    primary key (invoice_id, position),
    check (amount = quantity * unit_price)
);
create trigger invoice_line_no_change before update or delete on invoice_line
    for each row execute function invoice_locked();

-- packages: the admin's definitions, and the ones sold to a client
create table package (
    id           uuid primary key default gen_random_uuid(),
    name         text not null,
    service_code text not null references service (code),
    sessions     int not null check (sessions between 1 and 100),
    price        numeric(12, 2) not null check (price >= 0),
    valid_days   int not null check (valid_days between 1 and 3660),
    active       boolean not null default true,
    created_at   timestamptz not null default now()
);

create table client_package (
    id           uuid primary key default gen_random_uuid(),
    package_id   uuid not null references package (id),
    client_id    uuid not null references client (id),
    service_code text not null references service (code),
    name         text not null,
    sessions     int not null check (sessions > 0),
    used         int not null default 0 check (used >= 0),
    sold_on      date not null,
    expires_on   date not null,
    invoice_id   uuid not null unique references invoice (id),
    check (used <= sessions)
);
create index client_package_client_ix on client_package (client_id);

create table payment (
    id                uuid primary key default gen_random_uuid(),
    invoice_id        uuid not null references invoice (id),
    method            text not null check (method in ('CASH', 'CARD', 'PACKAGE', 'GIFT_CARD', 'OTHER')),
    amount            numeric(12, 2) not null check (amount > 0),
    reference         text,
    client_package_id uuid references client_package (id),
    taken_on          date not null,
    taken_at          timestamptz not null default now(),
    taken_by          uuid references app_user (id),
    check ((method = 'PACKAGE') = (client_package_id is not null))
);
create index payment_invoice_ix on payment (invoice_id);
create index payment_taken_ix on payment (taken_on);
-- one package session per visit
create unique index payment_package_once on payment (invoice_id) where method = 'PACKAGE';

create table credit_note (
    id         uuid primary key default gen_random_uuid(),
    number     text not null unique,
    year       int not null,
    seq        int not null check (seq > 0),
    invoice_id uuid not null references invoice (id),
    amount     numeric(12, 2) not null check (amount > 0),
    reason     text not null check (length(reason) between 1 and 500),
    issued_on  date not null,
    issued_at  timestamptz not null default now(),
    issued_by  uuid references app_user (id),
    unique (year, seq)
);
create index credit_note_invoice_ix on credit_note (invoice_id);
create index credit_note_issued_ix on credit_note (issued_on);
create trigger credit_note_no_change before update or delete on credit_note
    for each row execute function invoice_locked();

-- diagnoses on file, copied by staff from a physician's letter; ReliefDesk never chooses one
create table diagnosis (
    id           uuid primary key default gen_random_uuid(),
    client_id    uuid not null references client (id),
    code         text not null check (code ~ '^[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?$'),
    description  text not null check (length(description) between 1 and 300),
    diagnosed_by text not null check (length(diagnosed_by) between 1 and 200),
    diagnosed_on date not null,
    entered_by   uuid not null references app_user (id),
    entered_at   timestamptz not null default now()
);
create index diagnosis_client_ix on diagnosis (client_id);
