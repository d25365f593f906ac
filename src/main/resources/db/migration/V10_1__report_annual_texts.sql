-- report: a coordinator's own introduction and closing words of a community's annual report,
-- one row per community and year; the rest of the report is generated from the other modules.
create table annual_report_text (
    id           bigserial primary key,
    community_id bigint not null,
    year         int not null check (year between 2000 and 2100),
    introduction text not null default '',
    closing      text not null default '',
    version      int not null default 0,
    unique (community_id, year)
);
