-- attendance of an event, recorded by a coordinator once it has started: which registrations came
-- and how many came without registering; its own version so that two coordinators' lists never merge
create table event_attendance (
    event_id    bigint primary key references event (id),
    walk_ins    int not null default 0 check (walk_ins >= 0),
    recorded_at timestamptz not null,
    version     int not null default 0
);

create table event_attendee (
    registration_id bigint primary key references registration (id),
    event_id        bigint not null references event_attendance (event_id)
);
create index event_attendee_event on event_attendee (event_id);
