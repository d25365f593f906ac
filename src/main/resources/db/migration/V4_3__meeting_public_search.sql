-- What the public may search: the public title and the texts the public sees of a case, never
-- the internal title (which may name a person or a firm). Members search meeting_case.search.
alter table meeting_case add column public_search tsvector generated always as (
                        setweight(to_tsvector('norwegian', public_title), 'A')
                     || setweight(to_tsvector('norwegian', coalesce(decision, '') || ' ' || proposal), 'B')
                     || setweight(to_tsvector('norwegian', background), 'C')
                     || to_tsvector('simple', public_title || ' ' || coalesce(decision, ''))) stored;
create index meeting_case_public_search on meeting_case using gin (public_search);
