package no.samhald.agreement;

import java.util.ArrayList;
import java.util.List;

import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;

/**
 * What a section must be, whoever sends it (the form, a DOCX, the API): a level, short enough,
 * a heading or a text, and no national identity number (agreement texts are public). Problems
 * name the field as the form does: {@code sections[3].heading}.
 */
final class SectionRules {

	/** Below the 256 rows a form binds, so that every section a draft holds can be edited. */
	static final int MAX_SECTIONS = 250;

	static final int MAX_NUMBER = 20;

	static final int MAX_HEADING = 300;

	static final int MAX_TEXT = 20000;

	private SectionRules() {
	}

	static void check(List<AgreementSection> sections) {
		if (sections.size() > MAX_SECTIONS) {
			throw new InvalidInputException(null, "agreement.sections.tooMany", MAX_SECTIONS);
		}
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < sections.size(); i++) {
			AgreementSection s = sections.get(i);
			String field = "sections[" + i + "].";
			if (s.level() == null) {
				problems.add(new FieldProblem(field + "level", "validation.required"));
			}
			tooLong(problems, field + "number", s.number(), MAX_NUMBER);
			tooLong(problems, field + "heading", s.heading(), MAX_HEADING);
			tooLong(problems, field + "text", s.text(), MAX_TEXT);
			if (s.heading().isEmpty() && s.text().isEmpty()) {
				problems.add(new FieldProblem(field + "heading", "agreement.section.empty"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldProblem(field, "agreement.section.tooLong", max));
		}
		else if (IdentityNumbers.containsOne(value)) {
			problems.add(new FieldProblem(field, "NoIdentityNumber"));
		}
	}

}
