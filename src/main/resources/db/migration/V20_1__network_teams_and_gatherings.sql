-- network: the learning network "gode pasientforløp" of a community. A team belongs to one
-- partner (a municipality or the health trust); its members are listed in order, each optionally
-- a person of the partnership register (other modules' ids, no foreign key).
create table network_team (
    id           bigserial primary key,
    community_id bigint not null,
    partner_id   bigint not null,
    name         text not null,
    started_on   date not null,
    ended_on     date,
    version      int not null default 0,
    check (ended_on is null or ended_on >= started_on)
);
create index network_team_community on network_team (community_id, partner_id);

create table network_team_member (
    team_id   bigint not null references network_team (id) on delete cascade,
    position  int not null,
    name      text not null,
    role      text not null default '',
    email     text not null default '',
    person_id bigint,
    primary key (team_id, position)
);

-- A gathering of the network is an event of the event module (registration and participant
-- counts stay there); here only that it belongs to the network and which teams came, with its
-- own version so that two coordinators' lists never merge.
create table network_gathering (
    event_id     bigint primary key,
    community_id bigint not null,
    version      int not null default 0
);

create table network_gathering_team (
    event_id bigint not null references network_gathering (event_id) on delete cascade,
    team_id  bigint not null references network_team (id),
    primary key (event_id, team_id)
);
create index network_gathering_team_team on network_gathering_team (team_id);
