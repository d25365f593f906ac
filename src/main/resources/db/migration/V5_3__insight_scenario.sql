-- insight: a scenario a leader saved, reproducible from its parameters; the checksums (SHA-256)
-- of the population years it was computed from and the totals it showed tell whether reopening
-- it today gives the same numbers.
create table insight_scenario (
    id            bigserial primary key,
    community_id  bigint not null references community (id),
    name          text not null,
    -- area, method, base year, horizon and assumptions, as ScenarioParameters
    parameters    jsonb not null,
    -- [{"series", "year", "sha256", "fileName", "fileSha256"}] of the series-years used
    checksums     jsonb not null,
    -- {"2022": 110000.0, ...}: the projected total of every year when saved
    saved_totals  jsonb not null,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    version       int not null default 0
);

create index insight_scenario_community on insight_scenario (community_id, id);
