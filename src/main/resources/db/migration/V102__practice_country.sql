-- The practice's country (ISO 3166-1 alpha-2): paper size (Letter in the US) and the region of dates and money
-- on its documents.
alter table practice add column country varchar(2) not null default 'US';
