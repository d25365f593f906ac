-- Everything the community-wide search finds, one row per item, read-only. The view reads the
-- tables of meeting, agreement, plan, project, event and consultation (SQL only: the search
-- module has no Java dependency on them). Each row carries what the public may see and what a
-- member may see; only meeting cases differ (the internal title and exempt cases are for members).
-- visible_to_public repeats each owning module's rule for the public:
--   cases: as meeting.Decisions (decided, public meeting with approved minutes, not exempt);
--   consultation rounds: public rounds only; agreements, plans, measures, projects, events: public pages.
create view search_item as
select c.community_id, 'CASE' as kind, c.id, null::bigint as parent_id, c.year,
       (m.public_meeting and m.status = 'MINUTES_APPROVED' and not c.exempt) as visible_to_public,
       c.public_title,
       -- the proposal only where it differs from the decision, so that a snippet does not repeat itself
       c.decision || case when c.proposal <> c.decision then ' ' || c.proposal else '' end || ' ' || c.background as public_body,
       c.title as member_title,
       c.decision || case when c.proposal <> c.decision then ' ' || c.proposal else '' end || ' ' || c.background as member_body,
       c.public_search as public_document, c.search as member_document
from meeting_case c join meeting m on m.id = c.meeting_id
where c.decision is not null
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
