-- How each person wants each kind of mail: at once (the default, when there is no row), in a
-- daily or weekly digest, or not at all (never for deadlines they must meet).
create table notification_preference (
    username text not null,
    kind     text not null,
    delivery text not null check (delivery in ('AT_ONCE', 'DAILY', 'WEEKLY', 'OFF')),
    primary key (username, kind)
);

-- Notices waiting for the person's next digest; deleted when the digest is mailed.
create table digest_item (
    id         bigserial primary key,
    username   text        not null,
    recipient  text        not null,
    language   text        not null,
    delivery   text        not null check (delivery in ('DAILY', 'WEEKLY')),
    kind       text        not null,
    subject    text        not null,
    link       text        not null,
    created_at timestamptz not null default now()
);
create index digest_item_by_delivery on digest_item (delivery, username);
