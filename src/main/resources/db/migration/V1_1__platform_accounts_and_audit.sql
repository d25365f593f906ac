-- platform: sign-in accounts and the audit log
create table account (
    id              bigserial primary key,
    username        text not null unique,
    password_hash   text not null,
    display_name    text not null,
    role            text not null check (role in ('ADMINISTRATOR', 'COORDINATOR', 'MEMBER')),
    community_slug  text,
    failed_attempts int not null default 0,
    locked_until    timestamptz
);

create table audit_entry (
    id             bigserial primary key,
    at             timestamptz not null default now(),
    community_slug text,
    actor          text not null,
    action         text not null,
    subject        text not null,
    detail         text
);
create index audit_entry_community_at on audit_entry (community_slug, at desc);

-- which pieces of demo data have been loaded, so that a restart loads nothing twice
create table demo_data_loaded (
    key       text primary key,
    loaded_at timestamptz not null default now()
);
