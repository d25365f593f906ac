package no.samhald.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import no.samhald.platform.EditForm;
import no.samhald.platform.NoIdentityNumber;
import no.samhald.report.AnnualText;
import no.samhald.report.SaveAnnualText;

/** What a coordinator types as the introduction, the closing words and the words for each section of an annual report. */
class AnnualTextForm implements EditForm<AnnualText> {

	@Size(max = 8000)
	@NoIdentityNumber
	String introduction;

	@Size(max = 8000)
	@NoIdentityNumber
	String closing;

	@Valid
	public List<SectionWords> sections = new ArrayList<>();

	int version;

	/** The stored texts, with a field for each of {@code sectionIds} (this year's sections, in order). */
	static AnnualTextForm of(AnnualText text, Iterable<String> sectionIds) {
		var form = new AnnualTextForm();
		form.introduction = text.introduction();
		form.closing = text.closing();
		sectionIds.forEach(id -> form.sections.add(new SectionWords(id, text.sectionText(id))));
		form.version = text.version();
		return form;
	}

	SaveAnnualText toCommand() {
		var words = new LinkedHashMap<String, String>();
		sections.stream().filter(s -> s.section != null)
			.forEach(s -> words.put(s.section, Objects.requireNonNullElse(s.text, "")));
		return new SaveAnnualText(introduction, closing, words, version);
	}

	@Override
	public List<String> fieldsChangedIn(AnnualText stored) {
		return toCommand().fieldsChangedIn(stored);
	}

	/** The coordinator's words for one section; {@code section} is its id, sent back hidden. */
	public static class SectionWords {

		public String section;

		@Size(max = 4000)
		@NoIdentityNumber
		String text;

		public SectionWords() {
		}

		SectionWords(String section, String text) {
			this.section = section;
			this.text = text;
		}
	}

}
