package no.samhald.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.samhald.platform.IdentityNumbers;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.Text;

/** What makes a collection's definition valid; every problem is reported at once. */
final class DefinitionRules {

	/** A year, or a quarter, half-year or month of it. */
	private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])))?");

	private DefinitionRules() {
	}

	/**
	 * Throws with every problem. Once partners have answered, fields may be added and relabelled
	 * but not removed or given another kind, since the answers refer to them by position.
	 */
	static void check(DefineCollection d, Set<Long> knownPartners, List<CollectionField> answeredFields) {
		var problems = new ArrayList<FieldProblem>();
		text(problems, "title", d.title(), 200, true);
		if (Text.isBlank(d.period())) {
			problems.add(new FieldProblem("period", "validation.required"));
		}
		else if (!PERIOD.matcher(d.period().strip()).matches()) {
			problems.add(new FieldProblem("period", "collection.period.format"));
		}
		if (d.deadline() == null) {
			problems.add(new FieldProblem("deadline", "validation.required"));
		}
		if (d.partnerIds() == null || d.partnerIds().isEmpty()) {
			problems.add(new FieldProblem("partnerIds", "collection.partners.none"));
		}
		else if (!knownPartners.containsAll(d.partnerIds())) {
			problems.add(new FieldProblem("partnerIds", "validation.unknown"));
		}
		List<CollectionField> fields = d.fields() == null ? List.of() : d.fields();
		if (fields.isEmpty()) {
			problems.add(new FieldProblem(null, "collection.fields.none"));
		}
		for (int i = 0; i < fields.size(); i++) {
			field(problems, "fields[" + i + "].", fields.get(i));
		}
		if (fields.size() < answeredFields.size()) {
			problems.add(new FieldProblem(null, "collection.fields.answered"));
		}
		for (int i = 0; i < Math.min(fields.size(), answeredFields.size()); i++) {
			if (fields.get(i).kind() != answeredFields.get(i).kind()) {
				problems.add(new FieldProblem("fields[" + i + "].kind", "collection.fields.answered"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void field(List<FieldProblem> problems, String prefix, CollectionField f) {
		if (f.kind() == null) {
			problems.add(new FieldProblem(prefix + "kind", "validation.required"));
			return;
		}
		text(problems, prefix + "labelNn", f.labelNn(), 200, true);
		text(problems, prefix + "labelNb", f.labelNb(), 200, true);
		text(problems, prefix + "labelEn", f.labelEn(), 200, false);
		text(problems, prefix + "unit", f.unit(), 40, false);
		text(problems, prefix + "help", f.help(), 1000, false);
		if (f.minValue() != null && f.maxValue() != null && f.minValue().compareTo(f.maxValue()) > 0) {
			problems.add(new FieldProblem(prefix + "maxValue", "collection.field.rangeOrder"));
		}
		if (f.kind() == FieldKind.CHOICE) {
			choices(problems, prefix, f);
		}
		if (f.sensitive() && f.kind() != FieldKind.INTEGER) {
			problems.add(new FieldProblem(prefix + "sensitive", "collection.field.sensitiveCounts"));
		}
	}

	/** At least two options; in Bokmål (and English, if given) as many as in Nynorsk, since they pair up by line. */
	private static void choices(List<FieldProblem> problems, String prefix, CollectionField f) {
		int count = f.choiceList().size();
		if (count < 2) {
			problems.add(new FieldProblem(prefix + "choices", "collection.field.choicesTooFew"));
		}
		if (f.choiceListNb().size() != count) {
			problems.add(new FieldProblem(prefix + "choicesNb", "collection.field.choicesCount", count));
		}
		if (!f.choiceListEn().isEmpty() && f.choiceListEn().size() != count) {
			problems.add(new FieldProblem(prefix + "choicesEn", "collection.field.choicesCount", count));
		}
		noIdentityNumber(problems, prefix + "choices", f.choices());
		noIdentityNumber(problems, prefix + "choicesNb", f.choicesNb());
		noIdentityNumber(problems, prefix + "choicesEn", f.choicesEn());
	}

	private static void noIdentityNumber(List<FieldProblem> problems, String field, String text) {
		if (text != null && IdentityNumbers.containsOne(text)) {
			problems.add(new FieldProblem(field, "collection.value.identityNumber"));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String text, int max, boolean required) {
		if (Text.isBlank(text)) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
		}
		else if (text.strip().length() > max) {
			problems.add(new FieldProblem(field, "collection.tooLong", max));
		}
		else if (IdentityNumbers.containsOne(text)) {
			problems.add(new FieldProblem(field, "collection.value.identityNumber"));
		}
	}

}
