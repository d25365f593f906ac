package no.samhald.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samhald.platform.Text;
import no.samhald.platform.Versioned;

/**
 * The introduction and closing words a coordinator wrote for one year's annual report, and their
 * words for single sections ({@code sections}, by section id); one version guards them all.
 */
@Table("annual_report_text")
public record AnnualText(@Id Long id, Long communityId, int year, String introduction, String closing,
		@MappedCollection(idColumn = "annual_report_text_id") Set<SectionText> sections, @Version int version)
		implements Versioned {

	static AnnualText empty(long communityId, int year) {
		return new AnnualText(null, communityId, year, "", "", Set.of(), 0);
	}

	/** The coordinator's words for the section with this id, or empty. */
	public String sectionText(String sectionId) {
		return sections.stream().filter(s -> s.section().equals(sectionId)).map(SectionText::text).findFirst().orElse("");
	}

	/** Every section's words by section id. */
	public Map<String, String> sectionTexts() {
		var texts = new LinkedHashMap<String, String>();
		sections.forEach(s -> texts.put(s.section(), s.text()));
		return texts;
	}

	/**
	 * These texts as {@code words} change them, over the version the coordinator opened: section
	 * words named there replace the stored ones (of {@code knownSections} only), blank ones go.
	 */
	AnnualText changedBy(SaveAnnualText words, Collection<String> knownSections) {
		Map<String, String> texts = sectionTexts();
		words.sections().forEach((section, text) -> {
			if (knownSections.contains(section)) {
				texts.put(section, Text.strippedOrEmpty(text));
			}
		});
		texts.values().removeIf(String::isBlank);
		Set<SectionText> changed = texts.entrySet().stream().map(e -> new SectionText(e.getKey(), e.getValue()))
			.collect(Collectors.toUnmodifiableSet());
		return new AnnualText(id, communityId, year, Text.strippedOrEmpty(words.introduction()),
				Text.strippedOrEmpty(words.closing()), changed, id == null ? 0 : words.version());
	}

	/** A coordinator's words for one section of the annual report. */
	@Table("annual_report_section_text")
	public record SectionText(String section, String text) {
	}

}
