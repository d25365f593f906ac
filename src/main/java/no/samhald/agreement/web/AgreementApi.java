package no.samhald.agreement.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.PartnerImplementation;
import no.samhald.agreement.RecordImplementation;
import no.samhald.community.Community;

/**
 * Agreements, their versions and each partner's implementation as JSON; agreements are public
 * records. A partner's contact or a coordinator records the partner's implementation.
 */
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

	/**
	 * A partner's implementation of the agreement, by the partner's contact or a coordinator:
	 * 200 with the row as stored, 409 when someone recorded it since {@code version}.
	 */
	@PutMapping("/{id}/implementations/{partnerId}")
	ImplementationJson recordImplementation(Community community, @PathVariable long id, @PathVariable long partnerId,
			@RequestBody RecordImplementation implementation) {
		return ImplementationJson.of(agreements.recordImplementation(community, id, partnerId, implementation));
	}

	/** Every implementing partner's row: implementation is reported in public. */
	@GetMapping("/{id}/implementations")
	List<ImplementationJson> implementations(Community community, @PathVariable long id) {
		return agreements.implementation(community.id(), id).stream().map(ImplementationJson::of).toList();
	}

	record ImplementationJson(long partnerId, String partnerName, String status, String note, LocalDate updatedOn,
			int version) {
		static ImplementationJson of(PartnerImplementation i) {
			return new ImplementationJson(i.partnerId(), i.partnerName(), i.status().name(), i.note(), i.updatedOn(),
					i.version());
		}
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
