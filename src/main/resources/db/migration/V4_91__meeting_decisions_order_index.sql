-- The decision log ranks, counts and cuts a community's decided cases to a page of 50 on their ids
-- (Decisions.read): these two indexes hold all that step reads, so the planner reads them only
-- (index-only scans) and the table only for the page's 50 rows. Before, it read all 7 200 cases
-- of a community from the table to keep the 3 465 decided ones: 24 ms and 2 136 buffers at
-- national scale; with them 2 ms and 199 buffers (EXPLAIN ANALYZE in the commit, issue #11).
create index if not exists meeting_case_decisions_order on meeting_case (community_id, meeting_id, number, id)
    include (forum_id, year, exempt) where decision is not null;
create index if not exists meeting_decisions_order on meeting (community_id, starts_at, id)
    include (public_meeting, status);
