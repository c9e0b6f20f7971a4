-- diary: the practice report counts many clients' windows at once; carrying the counted columns in
-- the primary-key index lets PostgreSQL answer from the index alone (index-only scans).
alter table diary_entry add column took_medication boolean
    generated always as (cardinality(acute_medication) > 0) stored;
alter table diary_entry drop constraint diary_entry_pkey;
alter table diary_entry add constraint diary_entry_pkey primary key (client_id, entry_date)
    include (headache, peak_intensity, took_medication);
drop index if exists diary_entry_date_ix;
