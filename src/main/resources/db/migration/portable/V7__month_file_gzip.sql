-- A month's payroll files kept gzip-compressed (then Base64, as before, in the same portable TEXT column) and
-- streamed in and out, so that a payroll of a million lines is stored in -Xmx256m. NULL: an older row, plain Base64.
ALTER TABLE month_file ADD COLUMN content_encoding VARCHAR(20);
