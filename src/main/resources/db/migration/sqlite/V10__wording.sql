-- Issue 22: the names a letter quotes in its own language, as the writs' register gives them (columns …_kk, …_ru);
-- a writ stored before has its names as given, quoted so in both languages.
ALTER TABLE writ_version ADD COLUMN bailiff_office_kk TEXT;
ALTER TABLE writ_version ADD COLUMN bailiff_office_ru TEXT;
ALTER TABLE writ_version ADD COLUMN bailiff_address_kk TEXT;
ALTER TABLE writ_version ADD COLUMN bailiff_address_ru TEXT;
ALTER TABLE writ_version ADD COLUMN court_kk TEXT;
ALTER TABLE writ_version ADD COLUMN court_ru TEXT;
