package no.samhald.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ResponseRepository extends ListCrudRepository<Response, Long> {

	List<Response> findByConsultationIdOrderByKindAscRespondentIdAsc(Long consultationId);

	Optional<Response> findByConsultationIdAndKindAndRespondentId(Long consultationId, RespondentKind kind, Long respondentId);

}
