-- project: a sub-project is edited on a page of its own; its version makes a stale edit fail
-- (optimistic locking) instead of overwriting what someone else saved in the meantime.
alter table sub_project add column version int not null default 0;
