package no.samhald.partnership.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.partnership.Partner;
import no.samhald.partnership.PartnerType;
import no.samhald.partnership.SavePartner;
import no.samhald.partnership.WrittenLanguage;
import no.samhald.platform.EditForm;

/** What a person types to create or change a partner. */
class PartnerForm implements EditForm<Partner> {

	@NotNull
	PartnerType type;

	@NotBlank
	@Size(max = 200)
	String name;

	@Size(max = 40)
	String shortName;

	String municipalityCode;

	Long regionId;

	WrittenLanguage writtenLanguage = WrittenLanguage.NN;

	Long parentId;

	@Size(max = 4000)
	String description;

	int version;

	static PartnerForm of(Partner partner) {
		var form = new PartnerForm();
		form.type = partner.type();
		form.name = partner.name();
		form.shortName = partner.shortName();
		form.municipalityCode = partner.municipalityCode();
		form.regionId = partner.regionId();
		form.writtenLanguage = partner.writtenLanguage();
		form.parentId = partner.parentId();
		form.description = partner.description();
		form.version = partner.version();
		return form;
	}

	SavePartner toCommand() {
		return new SavePartner(type, name, shortName, municipalityCode, regionId, writtenLanguage, parentId, description,
				version);
	}

	@Override
	public List<String> fieldsChangedIn(Partner stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
