-- placement: the LIS1 doctors' district service, twice a year. A round has its period of service,
-- deadlines and allocators; municipalities offer places; each doctor ranks the places through a
-- personal link (only its SHA-256 hash is kept); every allocation computed or changed by hand is
-- kept as a version, and the approved one is marked on the round.
-- Partners and persons are referenced by id only (the partnership module owns them).
create table placement_round (
    id                      bigserial primary key,
    community_id            bigint not null,
    name                    text not null,
    service_start           date not null,
    service_end             date not null,
    offers_due              date not null,
    wishes_due              date not null,
    approved_allocation_id  bigint,
    approved_on             date,
    approved_by             text,
    version                 int not null default 0
);
create index placement_round_community on placement_round (community_id, service_start);

-- The persons (besides the coordinators) who allocate the round's places: municipal representatives.
create table placement_allocator (
    round_id    bigint not null references placement_round on delete cascade,
    person_id   bigint not null,
    primary key (round_id, person_id)
);

create table placement_offer (
    id              bigserial primary key,
    round_id        bigint not null references placement_round on delete cascade,
    partner_id      bigint not null,
    seats           int not null check (seats between 1 and 20),
    service_site    text not null,
    supervisor      text,
    housing         boolean not null,
    needs_car       boolean not null default false,
    notes           text,
    version         int not null default 0
);
create index placement_offer_round on placement_offer (round_id, partner_id);

create table placement_doctor (
    id                  bigserial primary key,
    round_id            bigint not null references placement_round on delete cascade,
    name                text not null,
    email               text not null,
    token_hash          text not null unique,
    cannot_drive        boolean not null default false,
    together_with       text,
    wishes_saved_at     timestamptz,
    version             int not null default 0
);
create index placement_doctor_round on placement_doctor (round_id);

create table placement_wish (
    doctor_id   bigint not null references placement_doctor on delete cascade,
    offer_id    bigint not null references placement_offer on delete cascade,
    rank        int not null check (rank > 0),
    primary key (doctor_id, offer_id),
    unique (doctor_id, rank)
);

-- Every allocation, numbered within its round: the computed proposal and each change by hand.
create table placement_allocation_version (
    id          bigserial primary key,
    round_id    bigint not null references placement_round on delete cascade,
    number      int not null,
    made_by     text not null,
    made_at     timestamptz not null,
    kind        text not null check (kind in ('PROPOSED', 'MOVED')),
    note        text,
    unique (round_id, number)
);

-- A doctor's place in one allocation version; no offer = not placed.
create table placement_assignment (
    allocation_id   bigint not null references placement_allocation_version on delete cascade,
    doctor_id       bigint not null references placement_doctor on delete cascade,
    offer_id        bigint references placement_offer on delete cascade,
    primary key (allocation_id, doctor_id)
);
