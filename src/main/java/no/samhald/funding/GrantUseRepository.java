package no.samhald.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface GrantUseRepository extends ListCrudRepository<GrantUse, Long> {

	List<GrantUse> findByGrantIdOrderBySpentOn(Long grantId);

	Optional<GrantUse> findByIdAndGrantId(Long id, Long grantId);

}
