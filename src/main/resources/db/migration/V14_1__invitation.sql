-- invitation: a coordinator invites a person by e-mail to roles in the community. The link in
-- the mail carries a token; only its SHA-256 hash is stored, so a copy of the database opens no
-- invitation. An invitation is used once (accepted_at), can be revoked, and expires.
create table invitation (
    id             bigserial primary key,
    community_slug text not null,
    name           text not null,
    email          text not null,
    language       text not null check (language in ('nn', 'nb', 'en')),
    base_role      text not null check (base_role in ('MEMBER', 'COORDINATOR')),
    token_hash     text not null unique,
    invited_by     text not null,
    sent_at        timestamptz not null,
    expires_at     timestamptz not null,
    accepted_at    timestamptz,
    accepted_by    text,
    revoked_at     timestamptz,
    check (accepted_at is null or revoked_at is null)
);
create index invitation_pending on invitation (community_slug, expires_at) where accepted_at is null and revoked_at is null;

-- The scoped roles of an invitation: partner contact, forum secretary or measure owner, each
-- with the id of its partner, forum or measure (other modules' ids, no foreign key).
create table invitation_role (
    invitation_id bigint not null references invitation (id) on delete cascade,
    role          text not null check (role in ('PARTNER_CONTACT', 'FORUM_SECRETARY', 'MEASURE_OWNER')),
    scope_id      bigint not null,
    primary key (invitation_id, role, scope_id)
);
