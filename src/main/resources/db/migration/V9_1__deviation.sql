-- deviation: samhandlingsavvik between partners of one community. No patient identity is stored:
-- the reporter's own case number (for example in Synergi) links to the case instead.
-- Partners are referenced by id only (the partnership module owns them); their type is copied at
-- report time so that statistics never need another module's tables.
create table deviation (
    id                      bigserial primary key,
    community_id            bigint not null,
    reporting_partner_id    bigint not null,
    reporting_partner_type  text not null,
    receiving_partner_id    bigint not null,
    receiving_partner_type  text not null,
    event_date              date not null,
    category                text not null,
    patient_group           text,
    description             text not null,
    consequence             text not null,
    reporter_reference      text not null,
    reported_by             text not null,
    received_on             date not null,
    answer_due              date not null,
    status                  text not null check (status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    answer                  text,
    improvement_measure     text,
    answered_by             text,
    answered_on             date,
    version                 int not null default 0
);
create index deviation_community_status on deviation (community_id, status);
create index deviation_community_reporter on deviation (community_id, reported_by);
create index deviation_community_receiver on deviation (community_id, receiving_partner_id);
