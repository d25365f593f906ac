package no.samhald.funding.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import no.samhald.funding.GrantUse;
import no.samhald.funding.SaveUse;
import no.samhald.platform.EditForm;

/** What a coordinator types to record or correct money spent from a grant. */
class UseForm implements EditForm<GrantUse> {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate spentOn;

	@NotBlank
	@Size(max = 500)
	String description;

	@NotNull
	@Positive
	Long amount;

	public int version;

	static UseForm of(GrantUse use) {
		var form = new UseForm();
		form.spentOn = use.spentOn();
		form.description = use.description();
		form.amount = use.amount();
		form.version = use.version();
		return form;
	}

	SaveUse toCommand() {
		return new SaveUse(spentOn, description, amount, version);
	}

	@Override
	public List<String> fieldsChangedIn(GrantUse stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
