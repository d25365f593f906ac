-- partnership: partners, regions, people, forums and memberships of one community
create table region (
    id           bigserial primary key,
    community_id bigint not null references community (id),
    name         text not null,
    unique (community_id, name)
);

create table partner (
    id                bigserial primary key,
    community_id      bigint not null references community (id),
    type              text not null,
    name              text not null,
    short_name        text,
    municipality_code char(4),
    region_id         bigint references region (id),
    written_language  text not null default 'NN' check (written_language in ('NN', 'NB')),
    parent_id         bigint references partner (id),
    description       text not null default '',
    version           int not null default 0,
    unique (community_id, name)
);
create unique index partner_municipality_code on partner (community_id, municipality_code)
    where municipality_code is not null;

create table person (
    id           bigserial primary key,
    community_id bigint not null references community (id),
    name         text not null,
    title        text not null default '',
    email        text,
    version      int not null default 0
);

create table forum (
    id                      bigserial primary key,
    community_id            bigint not null references community (id),
    kind                    text not null,
    name                    text not null,
    short_name              text,
    parent_id               bigint references forum (id),
    mandate                 text not null default '',
    meeting_frequency       text not null default '',
    requires_representation boolean not null default true,
    version                 int not null default 0,
    unique (community_id, name)
);

create table membership (
    id             bigserial primary key,
    forum_id       bigint not null references forum (id),
    person_id      bigint not null references person (id),
    role           text not null,
    partner_id     bigint references partner (id),
    representation text not null default 'PARTNER',
    start_date     date not null,
    end_date       date,
    version        int not null default 0,
    check (end_date is null or end_date >= start_date)
);
create index membership_forum on membership (forum_id);
create index membership_person on membership (person_id);
