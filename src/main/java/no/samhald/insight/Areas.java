package no.samhald.insight;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import no.samhald.community.Community;
import no.samhald.partnership.Municipalities;
import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.Region;
import no.samhald.platform.NotFoundException;

/** Turns the API's {@code area} (kommunenummer, region name or id, community slug, "national") into an {@link Area}. */
@Service
public class Areas {

	public static final String NATIONAL = "national";

	private final Partners partners;

	private final Municipalities municipalities;

	Areas(Partners partners, Municipalities municipalities) {
		this.partners = partners;
		this.municipalities = municipalities;
	}

	public Area resolve(Community community, String area) {
		String text = area == null || area.isBlank() ? community.slug() : area.strip();
		if (text.equalsIgnoreCase(NATIONAL)) {
			return new Area(Area.Kind.NATIONAL, NATIONAL, NATIONAL, List.of());
		}
		if (Municipalities.isWellFormed(text)) {
			if (!municipalities.isKnown(text)) {
				throw new NotFoundException("municipality", text);
			}
			return municipality(text);
		}
		if (text.equals(community.slug())) {
			return new Area(Area.Kind.COMMUNITY, community.slug(), community.name(), codes(community, null));
		}
		for (Region region : partners.regions(community.id())) {
			if (region.name().equalsIgnoreCase(text) || String.valueOf(region.id()).equals(text)) {
				return new Area(Area.Kind.REGION, String.valueOf(region.id()), region.name(), codes(community, region.id()));
			}
		}
		throw new NotFoundException("area", text);
	}

	public Area municipality(String code) {
		return new Area(Area.Kind.MUNICIPALITY, code, municipalities.name(code).orElse(code), List.of(code));
	}

	/** The community's areas to show side by side: the community, its regions, its municipalities. */
	public List<Area> of(Community community) {
		var areas = new ArrayList<Area>();
		areas.add(resolve(community, community.slug()));
		for (Region region : partners.regions(community.id())) {
			areas.add(new Area(Area.Kind.REGION, String.valueOf(region.id()), region.name(), codes(community, region.id())));
		}
		return areas;
	}

	private List<String> codes(Community community, Long regionId) {
		return partners.all(community.id()).stream()
			.filter(Partner::isMunicipality)
			.filter(p -> p.municipalityCode() != null)
			.filter(p -> regionId == null || regionId.equals(p.regionId()))
			.map(p -> p.municipalityCode().strip())
			.sorted()
			.toList();
	}

}
