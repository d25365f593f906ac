-- costsplit: a shared cost split over chosen partners, adopted and then frozen: the basis, the
-- SSB year and source, and each partner's population (or key) are kept as they were, so that a
-- later import of population figures never changes what was adopted. One per project.
create table cost_split (
    id            bigserial primary key,
    community_id  bigint not null,
    project_id    bigint not null,
    amount        bigint not null check (amount > 0),
    basis         text not null check (basis in ('POPULATION', 'EQUAL', 'FIXED_KEY')),
    year          int,
    source        text not null,
    adopted_on    date not null,
    adopted_by    text not null,
    version       int not null default 0,
    unique (community_id, project_id)
);

create table cost_split_share (
    split_id          bigint not null references cost_split (id) on delete cascade,
    position          int not null,
    partner_id        bigint not null,
    partner_name      text not null,
    municipality_code text,
    weight            bigint not null,
    amount_nok        bigint not null,
    primary key (split_id, position)
);
