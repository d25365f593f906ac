-- meeting: meetings of a forum, their numbered cases and decisions, minutes and their approval,
-- and the anchoring trail of a matter through several forums. Other modules' rows (community,
-- forum, person) are referenced by id only, without foreign keys: modules never touch each
-- other's tables.
create table meeting (
    id                  bigserial primary key,
    community_id        bigint not null,
    forum_id            bigint not null,
    title               text not null default '',
    starts_at           timestamp not null,
    ends_at             timestamp not null,
    place               text not null default '',
    video_link          text,
    status              text not null default 'PLANNED'
                        check (status in ('PLANNED', 'NOTICE_SENT', 'HELD', 'MINUTES_APPROVED')),
    public_meeting      boolean not null default true,
    minutes_notes       text not null default '',
    minutes_approved_at timestamptz,
    version             int not null default 0,
    check (ends_at > starts_at)
);
create index meeting_community_starts on meeting (community_id, starts_at);
create index meeting_forum on meeting (forum_id);

create table meeting_participant (
    meeting_id      bigint not null references meeting (id) on delete cascade,
    position        int not null,
    person_id       bigint not null,
    role            text,
    attendance      text check (attendance in ('PRESENT', 'ABSENT', 'SUBSTITUTE')),
    substitute_name text,
    must_approve    boolean not null default false,
    approved_at     timestamptz,
    primary key (meeting_id, position)
);
create index meeting_participant_person on meeting_participant (person_id);

create table matter (
    id           bigserial primary key,
    community_id bigint not null,
    title        text not null,
    description  text not null default '',
    version      int not null default 0
);

create table meeting_case (
    id              bigserial primary key,
    community_id    bigint not null,
    forum_id        bigint not null,
    meeting_id      bigint not null references meeting (id),
    year            int not null,
    number          int not null check (number > 0),
    title           text not null,
    public_title    text not null,
    type            text not null check (type in ('DECISION', 'DISCUSSION', 'INFORMATION')),
    background      text not null default '',
    proposal        text not null default '',
    decision        text,
    decided_at      timestamptz,
    exempt          boolean not null default false,
    exemption_basis text,
    matter_id       bigint references matter (id),
    version         int not null default 0,
    -- 'norwegian' stems Bokmål and most Nynorsk inflections; 'simple' keeps the exact words too
    search          tsvector generated always as (
                        setweight(to_tsvector('norwegian', title || ' ' || public_title), 'A')
                     || setweight(to_tsvector('norwegian', coalesce(decision, '') || ' ' || proposal), 'B')
                     || setweight(to_tsvector('norwegian', background), 'C')
                     || to_tsvector('simple', title || ' ' || coalesce(decision, ''))) stored,
    unique (forum_id, year, number),
    check (not exempt or exemption_basis is not null)
);
create index meeting_case_meeting on meeting_case (meeting_id);
create index meeting_case_search on meeting_case using gin (search);

create table case_disqualification (
    case_id   bigint not null references meeting_case (id) on delete cascade,
    person_id bigint not null,
    reason    text not null default '',
    primary key (case_id, person_id)
);

-- after approval the minutes are locked; a change is a visible correction instead
create table minutes_correction (
    id           bigserial primary key,
    community_id bigint not null,
    meeting_id   bigint not null references meeting (id),
    case_id      bigint references meeting_case (id),
    text         text not null,
    made_by      text not null,
    made_at      timestamptz not null default now()
);
create index minutes_correction_meeting on minutes_correction (meeting_id);

create table anchoring_step (
    matter_id    bigint not null references matter (id) on delete cascade,
    position     int not null,
    forum_id     bigint not null,
    planned_date date not null,
    outcome      text not null default 'PLANNED'
                 check (outcome in ('PLANNED', 'DISCUSSED', 'RECOMMENDED', 'ADOPTED', 'REJECTED')),
    summary      text not null default '',
    case_id      bigint,
    deciding     boolean not null default false,
    primary key (matter_id, position)
);

create table case_attachment (
    id           bigserial primary key,
    community_id bigint not null,
    case_id      bigint not null references meeting_case (id) on delete cascade,
    filename     text not null,
    content_type text not null,
    size_bytes   bigint not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index case_attachment_case on case_attachment (case_id);
