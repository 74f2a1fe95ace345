-- The payroll files of a month kept whole, so that a month run today can be exported later from what was stored.
ALTER TABLE month_file ADD COLUMN content TEXT;
ALTER TABLE month_file ADD COLUMN mapping VARCHAR(1000);
