package no.samhald.agreement.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.samhald.agreement.Agreement;
import no.samhald.agreement.AgreementSection;
import no.samhald.agreement.AgreementTexts;
import no.samhald.agreement.AgreementVersion;
import no.samhald.agreement.Agreements;
import no.samhald.agreement.PartnerImplementation;
import no.samhald.agreement.RecordImplementation;
import no.samhald.agreement.SectionChange;
import no.samhald.agreement.VersionComparison;
import no.samhald.community.Community;

/**
 * Agreements, their versions and each partner's implementation as JSON; agreements are public
 * records. A partner's contact or a coordinator records the partner's implementation.
 */
@RestController
@Tag(name = "Agreements")
@RequestMapping("/api/v1/communities/{community}/agreements")
record AgreementApi(Agreements agreements, AgreementTexts texts) {

	@GetMapping
	List<AgreementJson> all(Community community) {
		return agreements.all(community.id()).stream().map(AgreementJson::of).toList();
	}

	@GetMapping("/{id}")
	AgreementJson one(Community community, @PathVariable long id) {
		return AgreementJson.of(agreements.get(community.id(), id));
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "The versions of an agreement: the draft (if any) first, then the adopted ones newest first")
	List<VersionJson> versions(Community community, @PathVariable long id) {
		return agreements.versions(community.id(), id).stream().map(VersionJson::of).toList();
	}

	@GetMapping("/{id}/versions/{version}")
	@Operation(summary = "One version of an agreement with its numbered sections",
			description = "404 (problem+json) when the version is not one of the agreement's.")
	VersionTextJson version(Community community, @PathVariable long id,
			@Parameter(description = "The version's id (from the list of versions)") @PathVariable long version) {
		return VersionTextJson.of(texts.version(community.id(), id, version));
	}

	@GetMapping("/{id}/diff")
	@Operation(summary = "What changed between two versions of an agreement, section by section",
			description = "Each section with its kind of change (ADDED, REMOVED, CHANGED, UNCHANGED) and the words "
					+ "added and removed in its heading and text. 400 without from or to, 404 for a version that is "
					+ "not the agreement's.")
	DiffJson diff(Community community, @PathVariable long id,
			@Parameter(description = "The older version's id") @RequestParam long from,
			@Parameter(description = "The newer version's id") @RequestParam long to) {
		return DiffJson.of(texts.compare(community.id(), id, from, to));
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

	/** A draft has no adoption date; {@code caseId} is the case that adopted the version, if recorded. */
	record VersionJson(long id, String label, boolean draft, LocalDate adoptedOn, String adoptedBy,
			String changeSummary, Long caseId, String text) {
		static VersionJson of(AgreementVersion v) {
			return new VersionJson(v.id(), v.label(), v.isDraft(), v.adoptedOn(), v.adoptedBy(), v.changeSummary(),
					v.caseId(), v.text());
		}
	}

	record VersionTextJson(VersionJson version, List<SectionJson> sections) {
		static VersionTextJson of(AgreementVersion v) {
			return new VersionTextJson(VersionJson.of(v), v.sectionsOrText().stream().map(SectionJson::of).toList());
		}
	}

	/** level: CHAPTER, PARAGRAPH or POINT. */
	record SectionJson(String level, String number, String heading, String text) {
		static SectionJson of(AgreementSection s) {
			return s == null ? null : new SectionJson(s.level().name(), s.number(), s.heading(), s.text());
		}
	}

	record DiffJson(VersionJson from, VersionJson to, List<SectionDiffJson> sections) {
		static DiffJson of(VersionComparison c) {
			return new DiffJson(VersionJson.of(c.from()), VersionJson.of(c.to()),
					c.sections().stream().map(SectionDiffJson::of).toList());
		}
	}

	/** {@code from} is null for an added section, {@code to} for a removed one. */
	record SectionDiffJson(String change, String number, String heading, SectionJson from, SectionJson to,
			List<String> addedWords, List<String> removedWords) {
		static SectionDiffJson of(SectionChange s) {
			return new SectionDiffJson(s.kind().name(), s.section().number(), s.section().heading(),
					SectionJson.of(s.from()), SectionJson.of(s.to()), s.addedWords(), s.removedWords());
		}
	}

}
