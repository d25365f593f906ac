-- insight: SSB population (07459) and official projections (14288), national and stored once;
-- each community's own service rates and settings for the steering indicators.
create table population_import (
    id                 bigserial primary key,
    kind               text not null check (kind in ('OBSERVED', 'OFFICIAL_PROJECTION')),
    table_id           text,
    file_name          text not null,
    format             text not null,
    sha256             char(64) not null,
    imported_at        timestamptz not null default now(),
    imported_by        text not null,
    community_slug     text,
    row_count          int not null,
    municipality_count int not null,
    years              int[] not null,
    series             text[] not null,
    -- total persons per series and year, e.g. {"observed 2022": 5425270}
    totals             jsonb not null,
    new_years          text[] not null,
    replaced_years     text[] not null
);

-- One row per series ('observed' or an SSB alternative such as 'MMMM'), year, unit and sex; the
-- counts by single-year age 0…105+ as one array, since every use reads all ages at once.
create table population_count (
    series    text not null,
    year      smallint not null,
    unit      varchar(8) not null,
    sex       smallint not null check (sex in (0, 1)),
    counts    integer[] not null check (cardinality(counts) = 106),
    import_id bigint not null references population_import (id),
    primary key (series, year, unit, sex)
);

-- A service's base-year use entered by a community, per 1 000 inhabitants in each age group.
create table service_rate (
    id                bigserial primary key,
    community_id      bigint not null,
    service           text not null,
    name              text not null,
    base_year         smallint not null,
    per_thousand      double precision[] not null check (cardinality(per_thousand) = 7),
    yearly_change     double precision not null default 0,
    fte_per_user      double precision not null default 0,
    version           int not null default 0,
    unique (community_id, service)
);

create table insight_setting (
    community_id bigint primary key,
    frail_share  double precision not null check (frail_share >= 0 and frail_share <= 1)
);
