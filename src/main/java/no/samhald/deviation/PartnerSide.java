package no.samhald.deviation;

/**
 * The side of the collaboration a partner is on, which is what statistics compare: the
 * municipalities, the specialist health service (health trust and its hospitals), or another partner.
 */
enum PartnerSide {
	MUNICIPALITY, SPECIALIST_HEALTH_SERVICE, OTHER;

	static PartnerSide of(String partnerType) {
		return switch (partnerType) {
			case "MUNICIPALITY" -> MUNICIPALITY;
			case "HEALTH_TRUST", "HOSPITAL" -> SPECIALIST_HEALTH_SERVICE;
			default -> OTHER;
		};
	}
}
