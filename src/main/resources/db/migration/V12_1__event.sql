-- event: gatherings of a community and registrations for them
create table event (
    id                    bigserial primary key,
    community_id          bigint not null,
    kind                  text not null,
    title                 text not null,
    description           text not null default '',
    starts_at             timestamp not null,
    ends_at               timestamp not null,
    place                 text not null default '',
    capacity              int check (capacity is null or capacity > 0),
    registration_deadline date,
    version               int not null default 0,
    check (ends_at >= starts_at)
);
create index event_community on event (community_id, starts_at desc);

create table registration (
    id            bigserial primary key,
    event_id      bigint not null references event (id),
    name          text not null,
    email         text not null,
    organisation  text not null default '',
    needs         text not null default '',
    language      text not null default 'nn',
    status        text not null,
    token         text not null unique,
    registered_at timestamptz not null,
    version       int not null default 0
);
create index registration_event on registration (event_id, registered_at);
-- one active registration per address and event; a cancelled one may register again
create unique index registration_active_email on registration (event_id, lower(email)) where status <> 'CANCELLED';
