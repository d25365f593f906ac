-- funding: a use of a grant can be corrected or removed, over the version the coordinator saw.
-- Existing rows start at 1, as rows stored by Spring Data JDBC with a primitive version do (0 means new).
alter table grant_use add column version int not null default 1;
