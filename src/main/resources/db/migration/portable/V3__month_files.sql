-- Every payroll file a closed month was computed from (issue 5: between-run payouts add files to a month).
CREATE TABLE month_file (
    period CHAR(7)      NOT NULL,
    digest VARCHAR(64)  NOT NULL,
    name   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (period, digest)
);
