package no.samhald.plan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface StatusUpdateRepository extends ListCrudRepository<StatusUpdate, Long> {

	List<StatusUpdate> findByMeasureIdOrderByStatusDateDescIdDesc(Long measureId);

}
