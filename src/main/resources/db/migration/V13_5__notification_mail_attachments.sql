-- Files sent with a mail of the outbox, such as a meeting invitation as text/calendar.
create table mail_outbox_attachment (
    id           bigserial primary key,
    mail_id      bigint not null references mail_outbox (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    content      bytea  not null
);
create index mail_outbox_attachment_by_mail on mail_outbox_attachment (mail_id);
