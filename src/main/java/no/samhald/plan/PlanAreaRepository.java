package no.samhald.plan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PlanAreaRepository extends ListCrudRepository<PlanArea, Long> {

	List<PlanArea> findByActionPlanIdOrderByNumber(Long actionPlanId);

}
