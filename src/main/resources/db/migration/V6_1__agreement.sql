-- agreement: the agreement structure of a community, versions and each partner's implementation
create table agreement (
    id                bigserial primary key,
    community_id      bigint not null,
    kind              text not null,
    number            int,
    title             text not null,
    summary           text not null default '',
    status            text not null,
    revision_forum_id bigint,
    review_due        date,
    version           int not null default 0
);
create index agreement_community on agreement (community_id);

create table agreement_version (
    id             bigserial primary key,
    agreement_id   bigint not null references agreement (id),
    label          text not null,
    adopted_on     date not null,
    adopted_by     text not null default '',
    change_summary text not null default '',
    text           text not null default '',
    unique (agreement_id, label)
);

-- partner_id refers to a partner of the partnership module: no foreign key across modules
create table implementation (
    id           bigserial primary key,
    agreement_id bigint not null references agreement (id),
    partner_id   bigint not null,
    status       text not null,
    note         text not null default '',
    updated_on   date not null,
    version      int not null default 0,
    unique (agreement_id, partner_id)
);
