-- collection: a choice's options in Bokmål and English too, line by line in the order of the
-- Nynorsk ones (column choices), which stay what answers store. Until a coordinator writes them,
-- the Bokmål options are the one text each option had.
alter table collection_field add column choices_nb text;
alter table collection_field add column choices_en text;
update collection_field set choices_nb = choices where choices is not null;
