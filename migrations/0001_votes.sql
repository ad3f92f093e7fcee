-- Reader feedback: one row per counted vote. The same SQL runs on SQLite and PostgreSQL.
-- No address, user agent, cookie or time of day is stored: `voter` is a keyed hash of the
-- client's network and the page under a key that lives in the collector's memory for one
-- UTC day, so it only serves to count one vote per (client, page, day).
CREATE TABLE votes (
    day     TEXT    NOT NULL,  -- UTC day of the vote, YYYY-MM-DD
    page    TEXT    NOT NULL,  -- site path, e.g. /tr/ports/3712/
    locale  TEXT    NOT NULL,  -- the page's locale, e.g. tr
    voter   TEXT    NOT NULL,  -- hex HMAC-SHA256 (128 bits) under the day's key
    helpful BOOLEAN NOT NULL,
    comment TEXT,              -- at most 500 characters, after "No"
    PRIMARY KEY (day, page, voter)
);
-- No other index: the report reads every row once, and each index would cost every vote
-- another random page write.
