-- consultation: rounds of input (høyring / innspelsrunde), the partners and forums asked, their answers
create table consultation (
    id                   bigserial primary key,
    community_id         bigint not null,
    title                text not null,
    description          text not null default '',
    document_kind        text not null,
    action_plan_id       bigint,
    agreement_id         bigint,
    agreement_version_id bigint,
    deadline             date not null,
    public_round         boolean not null default false,
    deciding_case_id     bigint,
    joint_statement      text not null default '',
    opened_on            date not null,
    closed_on            date,
    version              int not null default 0
);
create index consultation_community on consultation (community_id, deadline desc);

create table consultation_question (
    consultation_id bigint not null references consultation (id) on delete cascade,
    position        int not null,
    text            text not null,
    primary key (consultation_id, position)
);

-- who is asked: a partner (its contacts answer) or a forum (its secretary answers)
create table consultation_respondent (
    consultation_id bigint not null references consultation (id) on delete cascade,
    kind            text not null,
    respondent_id   bigint not null,
    primary key (consultation_id, kind, respondent_id)
);

-- the respondent's answers; a draft until submitted_at is set
create table consultation_response (
    id              bigserial primary key,
    consultation_id bigint not null references consultation (id) on delete cascade,
    kind            text not null,
    respondent_id   bigint not null,
    submitted_at    timestamptz,
    late            boolean not null default false,
    answered_by     text not null,
    version         int not null default 0,
    unique (consultation_id, kind, respondent_id)
);

create table consultation_answer (
    response_id bigint not null references consultation_response (id) on delete cascade,
    position    int not null,
    text        text not null,
    primary key (response_id, position)
);

-- the uploaded document of a round, apart so that reading a round does not read the file
create table consultation_file (
    consultation_id bigint primary key references consultation (id) on delete cascade,
    filename        text not null,
    content_type    text not null,
    size_bytes      bigint not null,
    content         bytea not null
);
