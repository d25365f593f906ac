package no.samhald.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegistrationRepository extends ListCrudRepository<Registration, Long> {

	List<Registration> findByEventIdOrderByRegisteredAt(Long eventId);

	Optional<Registration> findByToken(String token);

}
