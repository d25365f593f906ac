-- The calendar invitation of each meeting whose notice was sent: one UID per meeting, and the
-- SEQUENCE of its latest version (0 for the notice; each change or cancellation adds one), so
-- calendar programs replace the older version.
create table meeting_invitation (
    meeting_id   bigint      primary key,
    community_id bigint      not null,
    sequence     int         not null default 0,
    method       text        not null check (method in ('REQUEST', 'CANCEL')),
    changed_at   timestamptz not null default now()
);

-- Minutes that went to approval, and on which day; the reminder job reminds those who have not
-- approved five days later (once: reminder_sent).
create table minutes_approval_request (
    meeting_id   bigint primary key,
    community_id bigint not null,
    requested_on date   not null
);
