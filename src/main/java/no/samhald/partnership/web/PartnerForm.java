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
	private PartnerType type;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 40)
	private String shortName;

	private String municipalityCode;

	private Long regionId;

	private WrittenLanguage writtenLanguage = WrittenLanguage.NN;

	private Long parentId;

	@Size(max = 4000)
	private String description;

	private int version;

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

	public PartnerType getType() { return type; }
	public void setType(PartnerType type) { this.type = type; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getShortName() { return shortName; }
	public void setShortName(String shortName) { this.shortName = shortName; }
	public String getMunicipalityCode() { return municipalityCode; }
	public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
	public Long getRegionId() { return regionId; }
	public void setRegionId(Long regionId) { this.regionId = regionId; }
	public WrittenLanguage getWrittenLanguage() { return writtenLanguage; }
	public void setWrittenLanguage(WrittenLanguage writtenLanguage) { this.writtenLanguage = writtenLanguage; }
	public Long getParentId() { return parentId; }
	public void setParentId(Long parentId) { this.parentId = parentId; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
