package no.samhald.plan;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The queries read on every view of a main page are written out with {@code @Query}: Spring Data
 * JDBC makes a derived query's SQL anew at each call (#11).
 */
interface PlanAreaRepository extends ListCrudRepository<PlanArea, Long> {

	@Query("select * from plan_area where action_plan_id = :actionPlanId order by number")
	List<PlanArea> findByActionPlanIdOrderByNumber(Long actionPlanId);

}
