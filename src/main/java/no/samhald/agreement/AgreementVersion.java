package no.samhald.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/**
 * A text of an agreement: adopted (the newest adopted one is in force, older ones are
 * superseded and read-only), or a draft without an adoption date that a coordinator edits
 * section by section. {@code caseId} names the case (meeting module) that adopted it, if
 * recorded; {@code text} is the plain text of versions recorded before texts had sections.
 */
public record AgreementVersion(@Id Long id, Long agreementId, String label, LocalDate adoptedOn, String adoptedBy,
		String changeSummary, String text, Long caseId,
		@MappedCollection(idColumn = "agreement_version_id", keyColumn = "position") List<AgreementSection> sections,
		@Version int version) implements Versioned {

	public boolean isDraft() {
		return adoptedOn == null;
	}

	/** The sections, or the plain text of an older version as one unnumbered section. */
	public List<AgreementSection> sectionsOrText() {
		if (!sections.isEmpty() || text == null || text.isBlank()) {
			return sections;
		}
		return List.of(new AgreementSection(SectionLevel.CHAPTER, "", "", text));
	}

	AgreementVersion withSections(List<AgreementSection> newSections, int seenVersion) {
		return new AgreementVersion(id, agreementId, label, adoptedOn, adoptedBy, changeSummary, text, caseId,
				List.copyOf(newSections), seenVersion);
	}

}
