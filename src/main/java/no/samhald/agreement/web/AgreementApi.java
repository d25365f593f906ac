package no.samhald.agreement.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.community.Community;

/** Agreements and their versions as JSON; agreements are public records. */
@RestController
@RequestMapping("/api/v1/communities/{community}/agreements")
class AgreementApi {

	private final Agreements agreements;

	AgreementApi(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	List<AgreementJson> all(Community community) {
		return agreements.all(community.id()).stream().map(AgreementJson::of).toList();
	}

	@GetMapping("/{id}")
	AgreementJson one(Community community, @PathVariable long id) {
		return AgreementJson.of(agreements.get(community.id(), id));
	}

	@GetMapping("/{id}/versions")
	List<VersionJson> versions(Community community, @PathVariable long id) {
		return agreements.versions(community.id(), id).stream().map(VersionJson::of).toList();
	}

	record AgreementJson(long id, String kind, Integer number, String title, String summary, String status,
			Long revisionForumId, LocalDate reviewDue) {
		static AgreementJson of(Agreement a) {
			return new AgreementJson(a.id(), a.kind().name(), a.number(), a.title(), a.summary(), a.status().name(),
					a.revisionForumId(), a.reviewDue());
		}
	}

	record VersionJson(String label, LocalDate adoptedOn, String adoptedBy, String changeSummary, String text) {
		static VersionJson of(AgreementVersion v) {
			return new VersionJson(v.label(), v.adoptedOn(), v.adoptedBy(), v.changeSummary(), v.text());
		}
	}

}
