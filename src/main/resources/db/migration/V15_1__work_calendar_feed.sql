-- work: the secret address of each person's calendar feed. Only a hash of the token is stored,
-- so a copy of the database does not give away anyone's feed; renewing replaces the row, and the
-- old address stops working.
create table work_calendar_feed (
    username   text primary key,
    token_hash text not null unique,
    renewed_at timestamptz not null
);
