-- report: a coordinator's own words for each section of an annual report (meetings, plans,
-- deviations, collections …), part of the year's texts so one version guards them all.
create table annual_report_section_text (
    annual_report_text_id bigint not null references annual_report_text (id) on delete cascade,
    section               text not null check (section ~ '^[A-Za-z]{1,40}$'),
    text                  text not null,
    primary key (annual_report_text_id, section)
);
