-- community: the written language of its pages and documents until a reader chooses another
alter table community add column language text not null default 'nn' check (language in ('nn', 'nb', 'en'));
-- Helsefellesskapet i Vestfold writes Bokmål (seed 003)
update community set language = 'nb' where slug = 'vestfold';
