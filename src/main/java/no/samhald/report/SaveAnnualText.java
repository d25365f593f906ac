package no.samhald.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.samhald.platform.ChangedFields;

/**
 * The introduction and closing words of an annual report as a coordinator saves them, with their
 * words for the sections on the form ({@code sections} by section id; a section not named keeps
 * what it has, a blank text removes it), over {@code version} (the version they opened; a newer
 * stored one means someone else saved first).
 */
public record SaveAnnualText(String introduction, String closing, Map<String, String> sections, int version) {

	public SaveAnnualText {
		// in the order of the form, so a conflict lists the sections as the form shows them
		sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
	}

	/** Only the introduction and closing words; every section keeps its words. */
	public SaveAnnualText(String introduction, String closing, int version) {
		this(introduction, closing, Map.of(), version);
	}

	/** The fields (introduction, closing, section ids) in which the stored texts differ from this. */
	public List<String> fieldsChangedIn(AnnualText stored) {
		var changed = new ChangedFields().compare("introduction", introduction, stored.introduction())
			.compare("closing", closing, stored.closing());
		sections.keySet().forEach(id -> changed.compare(id, sections.get(id), stored.sectionText(id)));
		return changed.list();
	}

}
