package no.samhald.partnership;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.samhald.platform.ChangedFields;

/** What a person types to create or change a partner; also the body of the API. */
public class PartnerDetails {

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

	public static PartnerDetails of(Partner partner) {
		var details = new PartnerDetails();
		details.type = partner.type();
		details.name = partner.name();
		details.shortName = partner.shortName();
		details.municipalityCode = partner.municipalityCode();
		details.regionId = partner.regionId();
		details.writtenLanguage = partner.writtenLanguage();
		details.parentId = partner.parentId();
		details.description = partner.description();
		details.version = partner.version();
		return details;
	}

	/** The fields in which the stored partner differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Partner stored) {
		return new ChangedFields().compare("type", type, stored.type())
			.compare("name", name, stored.name())
			.compare("shortName", shortName, stored.shortName())
			.compare("municipalityCode", municipalityCode, stored.municipalityCode())
			.compare("regionId", regionId, stored.regionId())
			.compare("writtenLanguage", writtenLanguage, stored.writtenLanguage())
			.compare("parentId", parentId, stored.parentId())
			.compare("description", description, stored.description())
			.list();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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
	public void setVersion(int version) { this.version = version; }

}
