-- collection: data collections (kartleggingar). A coordinator asks chosen partners for figures no
-- public table holds; each partner's contact answers. Partners are referenced by id only (the
-- partnership module owns them). Values are stored as text in a canonical form and parsed by the
-- field's kind, so that one table holds every kind.
create table data_collection (
    id            bigserial primary key,
    community_id  bigint not null,
    title         text not null,
    period        text not null,
    deadline      date not null,
    status        text not null check (status in ('OPEN', 'CLOSED')),
    created_by    text not null,
    version       int not null default 0
);
create index data_collection_community on data_collection (community_id, deadline);

create table collection_partner (
    collection_id bigint not null references data_collection (id) on delete cascade,
    partner_id    bigint not null,
    primary key (collection_id, partner_id)
);

-- A field's position is its key: answers refer to it, so that editing labels keeps the values.
create table collection_field (
    collection_id bigint not null references data_collection (id) on delete cascade,
    position      int not null,
    kind          text not null check (kind in ('INTEGER', 'DECIMAL', 'MONEY', 'PERCENTAGE', 'YES_NO', 'CHOICE', 'SHORT_TEXT')),
    label_nn      text not null,
    label_nb      text not null,
    label_en      text,
    unit          text,
    help          text,
    min_value     numeric,
    max_value     numeric,
    choices       text,
    sensitive     boolean not null default false,
    primary key (collection_id, position)
);

create table collection_answer (
    id             bigserial primary key,
    collection_id  bigint not null references data_collection (id) on delete cascade,
    partner_id     bigint not null,
    status         text not null check (status in ('DRAFT', 'SUBMITTED')),
    submitted_by   text,
    submitted_at   timestamptz,
    version        int not null default 0,
    unique (collection_id, partner_id)
);

-- Every value keeps who entered it and when.
create table collection_value (
    answer_id      bigint not null references collection_answer (id) on delete cascade,
    field_position int not null,
    value          text not null,
    entered_by     text not null,
    entered_at     timestamptz not null,
    primary key (answer_id, field_position)
);
