-- Partner contacts see the deviations their partner reported as well as those it received.
create index deviation_community_reporting_partner on deviation (community_id, reporting_partner_id);
