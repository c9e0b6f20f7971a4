-- The language a plan's proposed texts (the "why" of each block) were written in: the client's preferredLanguage
-- when the plan was proposed, else English. Plans proposed before this were English.
alter table plan add column text_language varchar(2) not null default 'en' check (text_language in ('en', 'es'));
