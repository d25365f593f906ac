package no.samhald.deviation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.community.Community;
import no.samhald.deviation.AnswerDeviation;
import no.samhald.deviation.Deviation;
import no.samhald.deviation.DeviationStatistics;
import no.samhald.deviation.DeviationReader;
import no.samhald.deviation.Deviations;
import no.samhald.deviation.ReportDeviation;

/**
 * Deviations as JSON under {@code /api/v1/communities/{community}}: reporting needs a signed-in
 * member of the community (and reads only what the person may see); the receiving partner's
 * contact or a coordinator answers; statistics are public and suppressed.
 */
@RestController
@RequestMapping("/api/v1/communities/{community}/deviations")
record DeviationApi(Deviations deviations, DeviationReader reader) {

	@PostMapping
	ResponseEntity<DeviationJson> report(Community community, @RequestBody ReportDeviation report) {
		Deviation saved = deviations.report(community, report);
		URI location = URI.create("/api/v1/communities/" + community.slug() + "/deviations/" + saved.id());
		return ResponseEntity.created(location).body(DeviationJson.of(saved));
	}

	/** The reports the caller may see (see {@link DeviationReader#visible}), optionally only those to one receiver. */
	@GetMapping
	List<DeviationJson> visible(Community community, @RequestParam(required = false) Long receiver) {
		return reader.visible(community, receiver).stream().map(DeviationJson::of).toList();
	}

	/**
	 * The receiving partner's answer (by its contact or a coordinator): 201 with the answered report,
	 * 409 when the report changed since {@code version} or is closed.
	 */
	@PostMapping("/{id}/answers")
	ResponseEntity<DeviationJson> answer(Community community, @PathVariable long id,
			@RequestBody AnswerDeviation answer) {
		Deviation saved = deviations.answer(community, id, answer);
		URI location = URI.create("/api/v1/communities/" + community.slug() + "/deviations/" + saved.id());
		return ResponseEntity.created(location).body(DeviationJson.of(saved));
	}

	@GetMapping("/{id}")
	DeviationJson deviation(Community community, @PathVariable long id) {
		return DeviationJson.of(reader.get(community, id));
	}

	@GetMapping("/statistics")
	DeviationStatistics statistics(Community community) {
		return deviations.statistics(community.id());
	}

	record DeviationJson(long id, long reportingPartnerId, long receivingPartnerId, LocalDate eventDate, String category,
			String patientGroup, String description, String consequence, String reporterReference, LocalDate receivedOn,
			LocalDate answerDue, String status, String answer, String improvementMeasure, LocalDate answeredOn,
			int version) {

		static DeviationJson of(Deviation d) {
			return new DeviationJson(d.id(), d.reportingPartnerId(), d.receivingPartnerId(), d.eventDate(),
					d.category().name(), d.patientGroup() == null ? null : d.patientGroup().name(), d.description(),
					d.consequence(), d.reporterReference(), d.receivedOn(), d.answerDue(), d.status().name(), d.answer(),
					d.improvementMeasure(), d.answeredOn(), d.version());
		}

	}

}
