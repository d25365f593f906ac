-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1.1,
-- schemas/v2/schema-postgresql.sql, copied so that Flyway owns the schema; the library's own
-- initialisation stays off). A publication without completion_date was not yet handled by its
-- listener and is resubmitted at start.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Mail waiting to be sent, sent, or given up on. A user's action only adds a row; a scheduled
-- sender delivers it and retries with growing pauses while the mail server is away.
create table mail_outbox (
    id           bigserial primary key,
    recipient    text        not null,
    language     text        not null,
    kind         text        not null,
    subject      text        not null,
    plain_text   text        not null,
    html         text        not null,
    status       text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts     int         not null default 0,
    next_attempt timestamptz not null,
    last_error   text,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt) where status = 'PENDING';
