-- agreement: a version's text as numbered sections (#13); a version without an adoption date is a draft
-- that a coordinator edits, and an adopted version may name the case (meeting module) that adopted it.
alter table agreement_version alter column adopted_on drop not null;
alter table agreement_version add column case_id bigint;
-- Spring Data JDBC treats a row at version 0 as new, so stored rows start at 1 (as in V6_2).
alter table agreement_version add column version int not null default 1;

create table agreement_section (
    agreement_version_id bigint not null references agreement_version (id) on delete cascade,
    position             int not null,
    level                text not null,
    number               text not null default '',
    heading              text not null default '',
    text                 text not null default '',
    primary key (agreement_version_id, position)
);
