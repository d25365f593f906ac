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

	private String title;

	private String period;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private List<Long> partnerIds = new ArrayList<>();

	private List<FieldForm> fields = new ArrayList<>();

	private Integer version;

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

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getPeriod() { return period; }
	public void setPeriod(String period) { this.period = period; }
	public LocalDate getDeadline() { return deadline; }
	public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
	public List<Long> getPartnerIds() { return partnerIds; }
	public void setPartnerIds(List<Long> partnerIds) { this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds; }
	public List<FieldForm> getFields() { return fields; }
	public void setFields(List<FieldForm> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
	public Integer getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

	/** One field's row. */
	public static class FieldForm {

		private FieldKind kind;

		private String labelNn;

		private String labelNb;

		private String labelEn;

		private String unit;

		private String help;

		private BigDecimal minValue;

		private BigDecimal maxValue;

		private String choices;

		private String choicesNb;

		private String choicesEn;

		private boolean sensitive;

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

		public FieldKind getKind() { return kind; }
		public void setKind(FieldKind kind) { this.kind = kind; }
		public String getLabelNn() { return labelNn; }
		public void setLabelNn(String labelNn) { this.labelNn = labelNn; }
		public String getLabelNb() { return labelNb; }
		public void setLabelNb(String labelNb) { this.labelNb = labelNb; }
		public String getLabelEn() { return labelEn; }
		public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public String getHelp() { return help; }
		public void setHelp(String help) { this.help = help; }
		public BigDecimal getMinValue() { return minValue; }
		public void setMinValue(BigDecimal minValue) { this.minValue = minValue; }
		public BigDecimal getMaxValue() { return maxValue; }
		public void setMaxValue(BigDecimal maxValue) { this.maxValue = maxValue; }
		public String getChoices() { return choices; }
		public void setChoices(String choices) { this.choices = choices; }
		public String getChoicesNb() { return choicesNb; }
		public void setChoicesNb(String choicesNb) { this.choicesNb = choicesNb; }
		public String getChoicesEn() { return choicesEn; }
		public void setChoicesEn(String choicesEn) { this.choicesEn = choicesEn; }
		public boolean isSensitive() { return sensitive; }
		public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }

	}

}
