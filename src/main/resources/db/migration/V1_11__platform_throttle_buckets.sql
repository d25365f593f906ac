-- platform: the throttles (failed sign-ins per address, public writes per address) keep their token
-- buckets here, so that every node of an installation counts against the same limit. A bucket holds
-- the tokens left at refilled_at; the tokens since then are added when it is next used. A bucket
-- untouched for a whole period is full again, as if it did not exist, and may be deleted.
create table throttle_bucket (
    throttle    text not null,
    address     text not null,
    tokens      double precision not null,
    refilled_at timestamptz not null,
    primary key (throttle, address)
);
