-- The decision log lists and searches one community's decisions. Without an index on the
-- community the list read every case of every community (a sequential scan of 137 000 cases
-- at national scale: 404 ms), and the full-text search filtered all communities' hits by heap
-- lookups (326 ms); with it both combine with the text index (31 ms and 45 ms). Issue #11.
create index if not exists meeting_case_community_decided on meeting_case (community_id, year, number) where decision is not null;
