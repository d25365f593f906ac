-- plan: a focus area and a priority patient group are addressed by a number of their own (stable
-- within the strategy), never by their place in the list: a place moves when the list changes,
-- and an edit addressed by place would then overwrite another one.
alter table strategy_focus_area add column number int;
update strategy_focus_area set number = position + 1;
alter table strategy_focus_area alter column number set not null;
alter table strategy_focus_area add constraint strategy_focus_area_number unique (strategy_id, number);
alter table strategy_patient_group add column number int;
update strategy_patient_group set number = position + 1;
alter table strategy_patient_group alter column number set not null;
alter table strategy_patient_group add constraint strategy_patient_group_number unique (strategy_id, number);
