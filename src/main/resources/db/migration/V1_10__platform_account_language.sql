-- The language Samhald writes to the person in (mail): nn, nb or en; null = the community's own.
-- Set from the language of the page when the person saves their notification choices.
alter table account add column language text check (language in ('nn', 'nb', 'en'));
