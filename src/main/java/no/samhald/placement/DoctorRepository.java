package no.samhald.placement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DoctorRepository extends ListCrudRepository<Lis1Doctor, Long> {

	List<Lis1Doctor> findByRoundIdOrderById(Long roundId);

	Optional<Lis1Doctor> findByTokenHash(String tokenHash);

}
