-- Anchoring steps get a number that names them within their matter for good, and a version:
-- addressing a step by its place in date order let an edit land on another step once a step
-- was added before it, and two people editing one step overwrote each other unseen.
alter table anchoring_step add column number int;
alter table anchoring_step add column version int not null default 0;
update anchoring_step set number = position + 1;
alter table anchoring_step alter column number set not null;
alter table anchoring_step add constraint anchoring_step_number unique (matter_id, number);
