-- A reminder of a collection is about one partner's answer: a contact of two partners asked in one
-- collection is reminded of each. The partner joins the key; 0 stands for "not about a partner"
-- (every other kind of reminder), so their keys stay as they were.
alter table reminder_sent add column partner_id bigint not null default 0;
alter table reminder_sent drop constraint reminder_sent_pkey;
alter table reminder_sent add primary key (kind, subject_id, deadline, username, step, partner_id);
