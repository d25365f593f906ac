-- platform: an account's e-mail (invitations, sign-in by a provider's verified e-mail, notices),
-- and the roles an account holds besides its base role, each with its scope: a partner contact
-- acts for one partner, a forum secretary keeps one forum, a measure owner reports on one
-- measure. The scope is another module's id (no foreign key across modules).
alter table account add column email text;
create unique index account_email_unique on account (lower(email)) where email is not null;

create table account_role (
    id             bigserial primary key,
    account_id     bigint not null references account (id) on delete cascade,
    role           text not null check (role in ('COORDINATOR', 'MEMBER', 'PARTNER_CONTACT', 'FORUM_SECRETARY', 'MEASURE_OWNER')),
    community_slug text not null,
    scope_id       bigint,
    check ((role in ('COORDINATOR', 'MEMBER')) = (scope_id is null))
);
create unique index account_role_unique on account_role (account_id, role, community_slug, coalesce(scope_id, 0));
create index account_role_scope on account_role (community_slug, role, scope_id);
