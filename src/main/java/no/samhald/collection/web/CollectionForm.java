package no.samhald.collection.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.collection.CollectionField;
import no.samhald.collection.DataCollection;
import no.samhald.collection.DefineCollection;
import no.samhald.collection.FieldKind;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;
import no.samhald.platform.Text;

/**
 * What a coordinator types to define a collection. The form always offers one empty field row
 * more than there are fields; a row left without kind and labels is not a field.
 */
public class CollectionForm implements EditForm<DataCollection> {

	String title;

	String period;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate deadline;

	List<Long> partnerIds = new ArrayList<>();

	public List<FieldForm> fields = new ArrayList<>();

	public Integer version;

	static CollectionForm of(DataCollection c) {
		var form = new CollectionForm();
		form.title = c.title();
		form.period = c.period();
		form.deadline = c.deadline();
		form.partnerIds = new ArrayList<>(c.partnerIds());
		form.fields = new ArrayList<>(c.fields().stream().map(FieldForm::of).toList());
		form.version = c.version();
		return form;
	}

	/** Adds the empty row in which a further field can be typed. */
	CollectionForm withEmptyRow() {
		fields.add(new FieldForm());
		return this;
	}

	DefineCollection toCommand() {
		List<CollectionField> defined = fields.stream().filter(f -> !f.isEmpty()).map(FieldForm::toField).toList();
		return new DefineCollection(title, period, deadline, partnerIds, defined, version);
	}

	@Override
	public List<String> fieldsChangedIn(DataCollection stored) {
		DefineCollection mine = toCommand();
		return new ChangedFields().compare("title", mine.title(), stored.title())
			.compare("period", mine.period(), stored.period())
			.compare("deadline", mine.deadline(), stored.deadline())
			.compare("partnerIds", new java.util.HashSet<>(mine.partnerIds()), stored.partnerIds())
			.compare("fields", mine.fields(), stored.fields())
			.list();
	}

	/** One field's row. */
	public static class FieldForm {

		FieldKind kind;

		String labelNn;

		String labelNb;

		String labelEn;

		String unit;

		String help;

		BigDecimal minValue;

		BigDecimal maxValue;

		String choices;

		String choicesNb;

		String choicesEn;

		boolean sensitive;

		static FieldForm of(CollectionField f) {
			var form = new FieldForm();
			form.kind = f.kind();
			form.labelNn = f.labelNn();
			form.labelNb = f.labelNb();
			form.labelEn = f.labelEn();
			form.unit = f.unit();
			form.help = f.help();
			form.minValue = f.minValue();
			form.maxValue = f.maxValue();
			form.choices = f.choices();
			form.choicesNb = f.choicesNb();
			form.choicesEn = f.choicesEn();
			form.sensitive = f.sensitive();
			return form;
		}

		boolean isEmpty() {
			return kind == null && Text.isBlank(labelNn) && Text.isBlank(labelNb);
		}

		CollectionField toField() {
			return new CollectionField(kind, labelNn, labelNb, labelEn, unit, help, minValue, maxValue, choices, choicesNb,
					choicesEn, sensitive);
		}
	}

}
