-- meeting: a meeting can be cancelled. It stays (with its number of cases, if any) and shows as
-- cancelled; the reason and who cancelled it are kept beside it.
alter table meeting drop constraint meeting_status_check;
alter table meeting add constraint meeting_status_check
    check (status in ('PLANNED', 'NOTICE_SENT', 'HELD', 'MINUTES_APPROVED', 'CANCELLED'));

create table meeting_cancellation (
    meeting_id   bigint primary key references meeting (id) on delete cascade,
    community_id bigint not null,
    reason       text not null default '',
    cancelled_by text not null,
    cancelled_at timestamptz not null default now()
);
