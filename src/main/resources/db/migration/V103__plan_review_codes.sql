-- Why a plan needs review, as codes with their values (JSON: [{"code": "plan.rule.blockError", "args": [...]}],
-- one per entry of review_reasons) so that pages say the reasons in the reader's language. Null for the rows
-- written before: their review_reasons text (English) is shown as stored.
alter table plan add column review_codes jsonb;
