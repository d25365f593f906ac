-- search_item gains meetings, undecided cases and documents (issue #13). A view pins its columns,
-- so it is dropped and made anew rather than replaced. Unchanged from V19_1: agreements (with the
-- section texts of their latest version), action plans, measures, projects, events and rounds.
-- visible_to_public repeats each owning module's rule for the public:
--   cases: as meeting.Decisions (decided, public meeting with approved minutes, not exempt), so an
--     undecided case is found by members only;
--   meetings: public meetings (meeting.Meetings); their minutes notes once approved (DocumentController);
--   documents: a case's attachment when its case is not exempt and its meeting public
--     (meeting.Attachments); a round's file when the round is public (consultation.Consultations);
--   consultation rounds: public rounds only; agreements, plans, measures, projects, events: public pages.
drop view search_item;

-- tsvectors joined with ||, for a meeting's agenda built from its cases' stored lexemes
create aggregate search_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

create view search_item as
select c.community_id, 'CASE' as kind, c.id, null::bigint as parent_id, c.year,
       (c.decision is not null and m.public_meeting and m.status = 'MINUTES_APPROVED' and not c.exempt) as visible_to_public,
       c.public_title,
       t.texts as public_body,
       c.title as member_title,
       t.texts as member_body,
       c.public_search as public_document, c.search as member_document
from meeting_case c join meeting m on m.id = c.meeting_id
-- the proposal only where it differs from the decision, so that a snippet does not repeat itself
cross join lateral (select coalesce(c.decision, '') || case when c.proposal <> coalesce(c.decision, '') then ' ' || c.proposal else '' end
                           || ' ' || c.background as texts) t
union all
-- a meeting is found by its forum (name or short name) and title, its place and date ("SSU mars
-- 2025", "12.03.2025") and the titles on its agenda; the public by the public titles only, and by
-- the minutes' notes once the minutes are approved. Each meeting's document is made anew at each
-- search (it joins three tables, so no index can hold it); to keep that cheap, the agenda's words
-- are the cases' stored title lexemes (weight A of meeting_case.search and public_search), gathered
-- in one pass over the community's cases and not parsed again, a forum's words are parsed once per forum,
-- and the texts of the snippet are read in subqueries of the select list, so only for the meetings found.
select m.community_id, 'MEETING', m.id, null, extract(year from m.starts_at)::int, m.public_meeting,
       w.title,
       concat_ws(' · ', nullif(m.place, ''),
                 (select string_agg(c.public_title, '; ' order by c.year, c.number) from meeting_case c where c.meeting_id = m.id),
                 case when m.status = 'MINUTES_APPROVED' then nullif(m.minutes_notes, '') end),
       w.title,
       concat_ws(' · ', nullif(m.place, ''),
                 (select string_agg(c.title, '; ' order by c.year, c.number) from meeting_case c where c.meeting_id = m.id),
                 nullif(m.minutes_notes, '')),
       w.document || setweight(coalesce(a.public_document, ''), 'C')
           || case when m.status = 'MINUTES_APPROVED' and m.minutes_notes <> '' then to_tsvector('norwegian', m.minutes_notes) else '' end,
       w.document || setweight(coalesce(a.member_document, ''), 'C')
           || case when m.minutes_notes <> '' then to_tsvector('norwegian', m.minutes_notes) else '' end
from meeting m
join (select f.id, f.name, setweight(to_tsvector('norwegian', f.name || ' ' || coalesce(f.short_name, '')), 'A') as document
      from forum f offset 0) f on f.id = m.forum_id
-- the agenda of all the community's meetings in one pass over its cases
left join (select c.community_id, c.meeting_id, search_tsvector_agg(ts_filter(c.public_search, '{a}')) as public_document,
                  search_tsvector_agg(ts_filter(c.search, '{a}')) as member_document
           from meeting_case c group by c.community_id, c.meeting_id) a on a.meeting_id = m.id and a.community_id = m.community_id
cross join lateral (
    select f.name || ' ' || to_char(m.starts_at, 'DD.MM.YYYY') || case when m.title <> '' then ': ' || m.title else '' end as title,
           f.document
        || case when m.title <> '' then setweight(to_tsvector('norwegian', m.title), 'A') else '' end
        || setweight(to_tsvector('norwegian', m.place), 'B')
           -- the month as written in Nynorsk and Bokmål (the same) and in English; a constant array, stemmed once
        || (array[setweight(to_tsvector('norwegian', 'januar January'), 'B'), setweight(to_tsvector('norwegian', 'februar February'), 'B'),
                  setweight(to_tsvector('norwegian', 'mars March'), 'B'), setweight(to_tsvector('norwegian', 'april April'), 'B'),
                  setweight(to_tsvector('norwegian', 'mai May'), 'B'), setweight(to_tsvector('norwegian', 'juni June'), 'B'),
                  setweight(to_tsvector('norwegian', 'juli July'), 'B'), setweight(to_tsvector('norwegian', 'august August'), 'B'),
                  setweight(to_tsvector('norwegian', 'september September'), 'B'), setweight(to_tsvector('norwegian', 'oktober October'), 'B'),
                  setweight(to_tsvector('norwegian', 'november November'), 'B'), setweight(to_tsvector('norwegian', 'desember December'), 'B')]
           )[extract(month from m.starts_at)::int]
           -- day, year and the whole date as the parser reads them ("12", "2025", "12.03.2025")
        || setweight(array_to_tsvector(array[extract(day from m.starts_at)::int::text, extract(year from m.starts_at)::int::text,
                                             to_char(m.starts_at, 'DD.MM.YYYY')]), 'B') as document) w
union all
-- documents are found by their file name (words split at _ . -, so "Utkast_handlingsplan.pdf" is
-- found by "handlingsplan"); the snippet says whose document it is
select d.community_id, 'DOCUMENT', d.id, d.case_id, c.year, (m.public_meeting and not c.exempt),
       d.filename, coalesce(nullif(f.short_name, ''), f.name) || ' ' || c.number || '/' || c.year || ' ' || c.public_title,
       d.filename, coalesce(nullif(f.short_name, ''), f.name) || ' ' || c.number || '/' || c.year || ' ' || c.title,
       setweight(to_tsvector('norwegian', regexp_replace(d.filename, '[_.-]+', ' ', 'g')), 'A'),
       setweight(to_tsvector('norwegian', regexp_replace(d.filename, '[_.-]+', ' ', 'g')), 'A')
from case_attachment d join meeting_case c on c.id = d.case_id join meeting m on m.id = c.meeting_id
join forum f on f.id = c.forum_id
union all
-- a round's file: no parent, the round has one
select k.community_id, 'DOCUMENT', k.id, null, extract(year from k.opened_on)::int, k.public_round,
       d.filename, k.title, d.filename, k.title,
       setweight(to_tsvector('norwegian', regexp_replace(d.filename, '[_.-]+', ' ', 'g')), 'A'),
       setweight(to_tsvector('norwegian', regexp_replace(d.filename, '[_.-]+', ' ', 'g')), 'A')
from consultation_file d join consultation k on k.id = d.consultation_id
where k.document_kind = 'FILE'
union all
select a.community_id, 'AGREEMENT', a.id, null, extract(year from v.adopted_on)::int, true,
       a.title, a.summary || ' ' || coalesce(v.sections, ''), a.title, a.summary || ' ' || coalesce(v.sections, ''),
       setweight(to_tsvector('norwegian', a.title), 'A') || to_tsvector('norwegian', a.summary || ' ' || coalesce(v.sections, '')),
       setweight(to_tsvector('norwegian', a.title), 'A') || to_tsvector('norwegian', a.summary || ' ' || coalesce(v.sections, ''))
from agreement a
left join lateral (
    select latest.adopted_on, (select string_agg(s.heading || ' ' || s.text, ' ' order by s.position)
                               from agreement_section s where s.agreement_version_id = latest.id) as sections
    from agreement_version latest where latest.agreement_id = a.id order by latest.id desc limit 1) v on true
union all
select p.community_id, 'PLAN', p.id, null, extract(year from p.start_date)::int, true,
       p.title, p.summary, p.title, p.summary,
       setweight(to_tsvector('norwegian', p.title), 'A') || to_tsvector('norwegian', p.summary),
       setweight(to_tsvector('norwegian', p.title), 'A') || to_tsvector('norwegian', p.summary)
from action_plan p
union all
select me.community_id, 'MEASURE', me.id, me.action_plan_id, extract(year from p.start_date)::int, true,
       me.title, me.description || ' ' || me.target, me.title, me.description || ' ' || me.target,
       setweight(to_tsvector('norwegian', me.title), 'A') || to_tsvector('norwegian', me.description || ' ' || me.target),
       setweight(to_tsvector('norwegian', me.title), 'A') || to_tsvector('norwegian', me.description || ' ' || me.target)
from measure me join action_plan p on p.id = me.action_plan_id
union all
select pr.community_id, 'PROJECT', pr.id, null, extract(year from pr.start_date)::int, true,
       pr.name, pr.background || ' ' || pr.mandate, pr.name, pr.background || ' ' || pr.mandate,
       setweight(to_tsvector('norwegian', pr.name), 'A') || to_tsvector('norwegian', pr.background || ' ' || pr.mandate),
       setweight(to_tsvector('norwegian', pr.name), 'A') || to_tsvector('norwegian', pr.background || ' ' || pr.mandate)
from project pr
union all
select e.community_id, 'EVENT', e.id, null, extract(year from e.starts_at)::int, true,
       e.title, e.description || ' ' || e.place, e.title, e.description || ' ' || e.place,
       setweight(to_tsvector('norwegian', e.title), 'A') || to_tsvector('norwegian', e.description || ' ' || e.place),
       setweight(to_tsvector('norwegian', e.title), 'A') || to_tsvector('norwegian', e.description || ' ' || e.place)
from event e
union all
select k.community_id, 'CONSULTATION', k.id, null, extract(year from k.opened_on)::int, k.public_round,
       k.title, k.description || ' ' || k.joint_statement, k.title, k.description || ' ' || k.joint_statement,
       setweight(to_tsvector('norwegian', k.title), 'A') || to_tsvector('norwegian', k.description || ' ' || k.joint_statement),
       setweight(to_tsvector('norwegian', k.title), 'A') || to_tsvector('norwegian', k.description || ' ' || k.joint_statement)
from consultation k;

-- Indexes for the search, on tables of other modules (the search only reads them). EXPLAIN ANALYZE
-- on the national-scale data (issue #11; a community of 7 200 cases, 900 meetings, 1 200 measures):
-- all cases are searched now, not only decided ones, so the partial index of V4_90 no longer
-- narrows them to the community: the text index found the word in 12 000 cases of all communities
-- and read them all to keep 650 (78 ms); by the community it reads 7 200 stored vectors (5 ms).
create index search_meeting_case_community on meeting_case (community_id);
-- measures had no stored vector: each search parsed the texts of all the community's measures (88 ms
-- for "samhandling"); with the index on the view's very expression, 2.6 ms.
create index search_measure_document on measure using gin (
    (setweight(to_tsvector('norwegian', title), 'A') || to_tsvector('norwegian', description || ' ' || target)));
-- attachments are many (several per case) and found by their file name only, so the name's vector is indexed
create index search_case_attachment_document on case_attachment using gin (
    (setweight(to_tsvector('norwegian', regexp_replace(filename, '[_.-]+', ' ', 'g')), 'A')));
