-- The web page's password (issue 8): needed when the page listens beyond loopback. Only its PBKDF2 hash is kept,
-- as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (Base64); one row.
CREATE TABLE web_password (
    id      INT          NOT NULL PRIMARY KEY,
    hash    VARCHAR(300) NOT NULL,
    set_at  TIMESTAMP    NOT NULL
);
