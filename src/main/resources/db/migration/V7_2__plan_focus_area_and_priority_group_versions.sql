-- plan: a focus area and a priority patient group are edited one at a time, on pages of their
-- own, while the strategy is stored as one whole; each carries its own version so that a stale
-- edit of one of them is refused (optimistic locking) instead of overwriting what someone else
-- saved, without refusing edits of the others.
alter table strategy_focus_area add column version int not null default 0;
alter table strategy_patient_group add column version int not null default 0;
