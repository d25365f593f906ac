package no.samhald.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The status counts of every action plan of a community in one query, for the list of plans;
 * counting plan by plan cost two queries per plan and loaded every measure (#11: 40 plans of 30
 * measures took seconds).
 */
@Component
public class PlanStatusCounts {

	private final JdbcClient jdbc;

	PlanStatusCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By plan id; a plan without measures is missing, {@link #of} answers zeros for it. */
	public Map<Long, StatusCounts> byPlan(long communityId) {
		return counted(communityId, null);
	}

	/** One plan's counts in one query (zeros for a plan of another community: check the plan first). */
	public StatusCounts ofPlan(long communityId, long planId) {
		return of(counted(communityId, planId), planId);
	}

	private Map<Long, StatusCounts> counted(long communityId, Long planId) {
		Map<Long, Map<MeasureStatus, Long>> counted = new HashMap<>();
		jdbc.sql("""
				select action_plan_id, status, count(*) as n from measure
				where action_plan_id in (select id from action_plan where community_id = :community
				                         and (cast(:plan as bigint) is null or id = cast(:plan as bigint)))
				group by action_plan_id, status
				""").param("community", communityId).param("plan", planId).query(rs -> {
			counted.computeIfAbsent(rs.getLong("action_plan_id"), id -> new HashMap<>())
				.put(MeasureStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		});
		Map<Long, StatusCounts> result = new HashMap<>();
		counted.forEach((plan, counts) -> result.put(plan, complete(counts)));
		return result;
	}

	public static StatusCounts of(Map<Long, StatusCounts> byPlan, long planId) {
		return byPlan.getOrDefault(planId, complete(Map.of()));
	}

	private static StatusCounts complete(Map<MeasureStatus, Long> counted) {
		var counts = new LinkedHashMap<MeasureStatus, Long>();
		for (MeasureStatus status : MeasureStatus.values()) {
			counts.put(status, counted.getOrDefault(status, 0L));
		}
		return new StatusCounts(counts);
	}

}
