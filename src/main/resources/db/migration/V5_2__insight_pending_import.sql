-- insight: a file that would replace stored population years waits here until the administrator
-- who previewed the change confirms it (the file is not uploaded twice).
create table population_pending_import (
    id          bigserial primary key,
    file_name   text not null,
    content     bytea not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);
