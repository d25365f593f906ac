-- plan: strategies with focus areas and priority patient groups; action plans with areas,
-- measures and their dated status updates. Forums and persons of the partnership module are
-- referenced by id only (no foreign keys into another module's tables).
create table strategy (
    id           bigserial primary key,
    community_id bigint not null,
    title        text not null,
    first_year   int not null,
    last_year    int not null,
    summary      text not null default '',
    version      int not null default 0,
    check (last_year >= first_year)
);
create index strategy_community on strategy (community_id);

create table strategy_focus_area (
    strategy_id  bigint not null references strategy (id) on delete cascade,
    position     int not null,
    community_id bigint not null,
    title        text not null,
    description  text not null default '',
    priorities   text not null default '',
    primary key (strategy_id, position)
);

create table strategy_patient_group (
    strategy_id   bigint not null references strategy (id) on delete cascade,
    position      int not null,
    community_id  bigint not null,
    patient_group text not null,
    description   text not null default '',
    commitment    text not null default '',
    primary key (strategy_id, position)
);

create table action_plan (
    id             bigserial primary key,
    community_id   bigint not null,
    strategy_id    bigint references strategy (id),
    predecessor_id bigint references action_plan (id),
    title          text not null,
    start_date     date not null,
    end_date       date not null,
    forum_id       bigint,
    summary        text not null default '',
    version        int not null default 0,
    check (end_date >= start_date)
);
create index action_plan_community on action_plan (community_id);

create table plan_area (
    id             bigserial primary key,
    community_id   bigint not null,
    action_plan_id bigint not null references action_plan (id),
    number         int not null,
    title          text not null,
    description    text not null default '',
    version        int not null default 0,
    unique (action_plan_id, number)
);

create table measure (
    id             bigserial primary key,
    community_id   bigint not null,
    action_plan_id bigint not null references action_plan (id),
    area_id        bigint not null references plan_area (id),
    title          text not null,
    description    text not null default '',
    patient_group  text,
    forum_id       bigint,
    owner_id       bigint,
    status         text not null default 'NOT_STARTED',
    target         text not null default '',
    start_date     date,
    due_date       date,
    origin_id      bigint references measure (id),
    version        int not null default 0,
    check (due_date is null or start_date is null or due_date >= start_date)
);
create index measure_plan on measure (action_plan_id);
create index measure_area on measure (area_id);

create table measure_status_update (
    id           bigserial primary key,
    community_id bigint not null,
    measure_id   bigint not null references measure (id),
    status_date  date not null,
    status       text not null,
    comment      text not null default '',
    recorded_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index measure_status_update_measure on measure_status_update (measure_id, status_date);
