-- project: projects of a community with goals, project group, budget and its split, sub-projects
-- with tasks and deliverables, and the timeline. Forums, people and partners belong to the
-- partnership module and are referenced by id only, without foreign keys to its tables.
create table project (
    id                 bigserial primary key,
    community_id       bigint not null,
    name               text not null,
    background         text not null default '',
    mandate            text not null default '',
    status             text not null check (status in ('IDEA', 'PLANNED', 'ACTIVE', 'CLOSED')),
    start_date         date,
    end_date           date,
    steering_forum_id  bigint,
    economy_partner_id bigint,
    economy_note       text not null default '',
    version            int not null default 0,
    unique (community_id, name),
    check (end_date is null or start_date is null or end_date >= start_date)
);

-- Goals (målsetting) and sub-goals (delmål); a sub-goal's points have it as parent.
create table project_goal (
    id           bigserial primary key,
    community_id bigint not null,
    project_id   bigint not null references project (id) on delete cascade,
    kind         text not null check (kind in ('GOAL', 'SUB_GOAL', 'POINT')),
    parent_id    bigint references project_goal (id) on delete cascade,
    position     int not null,
    text         text not null
);
create index project_goal_project on project_goal (project_id);

-- The project group: a person of the community or, for a company such as a consultant, a name.
create table project_member (
    id            bigserial primary key,
    community_id  bigint not null,
    project_id    bigint not null references project (id) on delete cascade,
    person_id     bigint,
    external_name text,
    role          text not null,
    organisation  text not null default '',
    position      int not null,
    check (person_id is not null or external_name is not null)
);
create index project_member_project on project_member (project_id);

create table project_cost (
    id           bigserial primary key,
    community_id bigint not null,
    project_id   bigint not null references project (id) on delete cascade,
    position     int not null,
    label        text not null,
    amount       bigint not null check (amount >= 0)
);

-- Who pays what of the total: a partner, or a group label such as "Kommunane".
create table project_share (
    id           bigserial primary key,
    community_id bigint not null,
    project_id   bigint not null references project (id) on delete cascade,
    position     int not null,
    partner_id   bigint,
    label        text,
    amount       bigint not null check (amount >= 0),
    check (partner_id is not null or label is not null)
);

create table project_contribution (
    id           bigserial primary key,
    community_id bigint not null,
    project_id   bigint not null references project (id) on delete cascade,
    position     int not null,
    partner_id   bigint,
    label        text,
    text         text not null,
    check (partner_id is not null or label is not null)
);

create table sub_project (
    id                 bigserial primary key,
    community_id       bigint not null,
    project_id         bigint not null references project (id) on delete cascade,
    number             int not null,
    name               text not null,
    description        text not null default '',
    leader_person_id   bigint,
    leader_name        text,
    unique (project_id, number)
);

create table project_task (
    id             bigserial primary key,
    community_id   bigint not null,
    sub_project_id bigint not null references sub_project (id) on delete cascade,
    number         int not null,
    title          text not null,
    note           text not null default '',
    status         text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    due_date       date,
    version        int not null default 0,
    unique (sub_project_id, number)
);

create table project_deliverable (
    id             bigserial primary key,
    community_id   bigint not null,
    sub_project_id bigint not null references sub_project (id) on delete cascade,
    position       int not null,
    title          text not null
);

create table project_milestone (
    id           bigserial primary key,
    community_id bigint not null,
    project_id   bigint not null references project (id) on delete cascade,
    title        text not null,
    day          date not null,
    note         text not null default ''
);
create index project_milestone_project on project_milestone (project_id, day);
