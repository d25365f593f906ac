-- platform: identities at OpenID Connect providers (ID-porten, Ansattporten, HelseID, …) linked
-- to accounts. The provider's subject is kept only as a keyed hash (HMAC-SHA256 with the
-- installation's identity key): with some providers it is, or derives from, the national identity
-- number, which Samhald never stores. One identity belongs to one account; an account may have
-- several (and a password besides, or not).
create table account_identity (
    id           bigserial primary key,
    account_id   bigint not null references account (id) on delete cascade,
    issuer       text not null,
    subject_hash text not null,
    linked_at    timestamptz not null default now(),
    unique (issuer, subject_hash)
);
create index account_identity_account on account_identity (account_id);

-- The identity key when none is configured (samhald.identity-key): generated once, at random.
create table identity_key (
    id  int primary key check (id = 1),
    key text not null
);
