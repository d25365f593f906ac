-- A meeting's search document was made anew at every search from the meeting, its forum and its
-- cases (V19_2), for every meeting of the community: at national scale (900 meetings a community)
-- that was most of a search's 43–94 ms, and no index could hold it. Now it is stored on the
-- meeting (member and public document) with a GIN index each, and the view reads them. It is
-- made of other tables too (the forum's name, the titles on the agenda), so it cannot be a
-- generated column: triggers keep it, with exactly the expression V19_2's view had, when a
-- meeting is saved, a case is added, changed or removed, or a forum renamed.
alter table meeting add column search_document tsvector, add column public_search_document tsvector;

-- the meeting's document as V19_2 made it; for_public: the public title lexemes of its cases,
-- and the minutes' notes only once the minutes are approved
create function search_meeting_document(m meeting, for_public boolean) returns tsvector language sql stable as $$
    select setweight(to_tsvector('norwegian', f.name || ' ' || coalesce(f.short_name, '')), 'A')
        || case when m.title <> '' then setweight(to_tsvector('norwegian', m.title), 'A') else '' end
        || setweight(to_tsvector('norwegian', m.place), 'B')
           -- the month as written in Nynorsk and Bokmål (the same) and in English
        || (array[setweight(to_tsvector('norwegian', 'januar January'), 'B'), setweight(to_tsvector('norwegian', 'februar February'), 'B'),
                  setweight(to_tsvector('norwegian', 'mars March'), 'B'), setweight(to_tsvector('norwegian', 'april April'), 'B'),
                  setweight(to_tsvector('norwegian', 'mai May'), 'B'), setweight(to_tsvector('norwegian', 'juni June'), 'B'),
                  setweight(to_tsvector('norwegian', 'juli July'), 'B'), setweight(to_tsvector('norwegian', 'august August'), 'B'),
                  setweight(to_tsvector('norwegian', 'september September'), 'B'), setweight(to_tsvector('norwegian', 'oktober October'), 'B'),
                  setweight(to_tsvector('norwegian', 'november November'), 'B'), setweight(to_tsvector('norwegian', 'desember December'), 'B')]
           )[extract(month from m.starts_at)::int]
           -- day, year and the whole date as the parser reads them ("12", "2025", "12.03.2025")
        || setweight(array_to_tsvector(array[extract(day from m.starts_at)::int::text, extract(year from m.starts_at)::int::text,
                                             to_char(m.starts_at, 'DD.MM.YYYY')]), 'B')
           -- the agenda: the cases' stored title lexemes (weight A of meeting_case.search and public_search)
        || setweight(coalesce((select search_tsvector_agg(ts_filter(case when for_public then c.public_search else c.search end, '{a}')
                                        order by c.id)
                               from meeting_case c where c.meeting_id = m.id and c.community_id = m.community_id), ''), 'C')
        || case when (not for_public or m.status = 'MINUTES_APPROVED') and m.minutes_notes <> ''
                then to_tsvector('norwegian', m.minutes_notes) else '' end
    from forum f where f.id = m.forum_id
$$;

create function search_meeting_saved() returns trigger language plpgsql as $$
begin
    new.search_document := search_meeting_document(new, false);
    new.public_search_document := search_meeting_document(new, true);
    return new;
end $$;

create trigger search_meeting_saved before insert or update of community_id, forum_id, title, place, starts_at, status, minutes_notes
    on meeting for each row execute function search_meeting_saved();

create function search_refresh_meetings(ids bigint[]) returns void language sql as $$
    update meeting m set search_document = search_meeting_document(m, false),
                         public_search_document = search_meeting_document(m, true)
    where m.id = any(ids)
$$;

-- once per statement, so that a bulk load of cases (scale.NationalScaleData) refreshes each meeting once
create function search_meeting_cases_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform search_refresh_meetings(array(select distinct meeting_id from new_cases));
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform search_refresh_meetings(array(select distinct meeting_id from old_cases));
    end if;
    return null;
end $$;

create trigger search_meeting_cases_inserted after insert on meeting_case referencing new table as new_cases
    for each statement execute function search_meeting_cases_changed();
create trigger search_meeting_cases_updated after update on meeting_case referencing old table as old_cases new table as new_cases
    for each statement execute function search_meeting_cases_changed();
create trigger search_meeting_cases_deleted after delete on meeting_case referencing old table as old_cases
    for each statement execute function search_meeting_cases_changed();

create function search_forum_renamed() returns trigger language plpgsql as $$
begin
    perform search_refresh_meetings(array(select id from meeting where forum_id = new.id));
    return null;
end $$;

create trigger search_forum_renamed after update of name, short_name on forum
    for each row when (old.name is distinct from new.name or old.short_name is distinct from new.short_name)
    execute function search_forum_renamed();

update meeting m set search_document = search_meeting_document(m, false), public_search_document = search_meeting_document(m, true);

create index search_meeting_document on meeting using gin (search_document);
create index search_meeting_public_document on meeting using gin (public_search_document);

-- the view of V19_2 with the meeting's stored documents; everything else unchanged
create or replace view search_item as
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
-- a meeting: its stored documents (above); the texts of the snippet are read in subqueries of the
-- select list, so only for the meetings found
select m.community_id, 'MEETING', m.id, null, extract(year from m.starts_at)::int, m.public_meeting,
       w.title,
       concat_ws(' · ', nullif(m.place, ''),
                 (select string_agg(c.public_title, '; ' order by c.year, c.number) from meeting_case c where c.meeting_id = m.id),
                 case when m.status = 'MINUTES_APPROVED' then nullif(m.minutes_notes, '') end),
       w.title,
       concat_ws(' · ', nullif(m.place, ''),
                 (select string_agg(c.title, '; ' order by c.year, c.number) from meeting_case c where c.meeting_id = m.id),
                 nullif(m.minutes_notes, '')),
       m.public_search_document, m.search_document
from meeting m
join forum f on f.id = m.forum_id
cross join lateral (
    select f.name || ' ' || to_char(m.starts_at, 'DD.MM.YYYY') || case when m.title <> '' then ': ' || m.title else '' end as title) w
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
