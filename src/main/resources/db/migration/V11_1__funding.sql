-- funding: grants of a community and what they are used for
create table funding_grant (
    id                   bigserial primary key,
    community_id         bigint not null,
    title                text not null,
    source               text not null default '',
    recipient_partner_id bigint,
    year                 int not null,
    amount               bigint not null check (amount > 0),
    purpose              text not null default '',
    reporting_forum_id   bigint,
    version              int not null default 0
);
create index funding_grant_community on funding_grant (community_id, year desc);

create table grant_use (
    id          bigserial primary key,
    grant_id    bigint not null references funding_grant (id),
    spent_on    date not null,
    description text not null,
    amount      bigint not null check (amount > 0)
);
