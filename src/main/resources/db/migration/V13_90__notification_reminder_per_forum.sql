-- A reminder of a consultation round is about one respondent's answer, a partner's or a forum's:
-- a person who answers for two partners, or for a partner and a forum, asked in one round is
-- reminded of each (as of collections since V13_6). The forum joins the key beside the partner;
-- 0 stands for "not about a forum", so every other key stays as it was.
alter table reminder_sent add column forum_id bigint not null default 0;
alter table reminder_sent drop constraint reminder_sent_pkey;
alter table reminder_sent add primary key (kind, subject_id, deadline, username, step, partner_id, forum_id);
