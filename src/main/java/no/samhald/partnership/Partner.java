package no.samhald.partnership;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import no.samhald.platform.Versioned;

/**
 * A partner of one community. A municipality carries its kommunenummer ({@code municipalityCode},
 * four digits) and region; a hospital names its health trust as parent.
 */
public record Partner(@Id Long id, Long communityId, PartnerType type, String name, String shortName,
		String municipalityCode, Long regionId, WrittenLanguage writtenLanguage, Long parentId, String description,
		@Version int version)
		implements Versioned {

	public boolean isMunicipality() {
		return type == PartnerType.MUNICIPALITY;
	}

}
