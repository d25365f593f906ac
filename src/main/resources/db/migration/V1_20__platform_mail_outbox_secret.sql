-- Mail of the outbox that holds a one-time link (an invitation, a registration's cancel link): its
-- text is removed once sent, so the outbox never keeps a usable link. A table of its own, without a
-- foreign key, because on a new database this version runs before the outbox is created (V13_1).
create table mail_outbox_secret (
    mail_id bigint primary key
);
