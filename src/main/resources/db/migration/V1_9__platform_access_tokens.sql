-- platform: personal access tokens for API clients (Authorization: Bearer). Only the SHA-256 of
-- a token is stored: the token is 32 random bytes, so a hash without salt or stretching cannot be
-- reversed or guessed, and a stolen copy of the table signs nobody in. The token itself is shown
-- once, when it is created.
create table access_token (
    id           bigserial primary key,
    account_id   bigint not null references account (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    expires_on   date not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_account on access_token (account_id);
