-- platform: an account may be the sign-in of a person of the community (partnership's person id;
-- no foreign key across modules), so that people can act for themselves, e.g. approve minutes
alter table account add column person_id bigint;
