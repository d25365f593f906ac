-- ShedLock's table: a scheduled job runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Each reminder step (5 days before, on the day, overdue week n) for one deadline goes to one
-- person once: a second run, or a second node, finds the row and sends nothing.
create table reminder_sent (
    kind       text        not null,
    subject_id bigint      not null,
    deadline   date        not null,
    username   text        not null,
    step       text        not null,
    sent_at    timestamptz not null default now(),
    primary key (kind, subject_id, deadline, username, step)
);
