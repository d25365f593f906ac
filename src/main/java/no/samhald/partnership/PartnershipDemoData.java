package no.samhald.partnership;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.DemoData;

/**
 * The structure of the two communities ({@link DemoStructure}), the demo sign-ins linked to their
 * persons, and the demo's scoped roles.
 */
@Component
@Order(20)
record PartnershipDemoData(DemoData demoData, Communities communities, RegionRepository regions,
		PartnerRepository partners, ForumRepository forums, PersonRepository people, MembershipRepository memberships,
		AccountLinks accountLinks) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		communities.findBySlug("sogn-og-fjordane")
			.ifPresent(c -> demoData.loadOnce("partnership.sogn-og-fjordane", () -> structure(c).sognOgFjordane()));
		communities.findBySlug("vestfold")
			.ifPresent(c -> demoData.loadOnce("partnership.vestfold", () -> structure(c).vestfold()));
		demoData.loadOnce("partnership.account-links", this::linkDemoAccounts);
		communities.findBySlug("sogn-og-fjordane")
			.ifPresent(c -> demoData.loadOnce("partnership.account-roles", () -> grantDemoRoles(c)));
	}

	private DemoStructure structure(Community community) {
		return new DemoStructure(community, regions, partners, forums, people, memberships);
	}

	/**
	 * The demo's partner contacts (Helse Førde, Kinn) and the secretary of FSU act for themselves;
	 * Helse Førde's contact acts for its hospitals too, which are below it (see Access).
	 * the coordinator's person has the e-mail of the coordinator's account.
	 */
	private void grantDemoRoles(Community sogn) {
		partners.findByCommunityIdAndNameIgnoreCase(sogn.id(), "Helse Førde")
			.ifPresent(trust -> accountLinks.grant("sjukehus", Role.PARTNER_CONTACT, sogn.slug(), trust.id()));
		partners.findByCommunityIdAndMunicipalityCode(sogn.id(), "4602")
			.ifPresent(kinn -> accountLinks.grant("kinn", Role.PARTNER_CONTACT, sogn.slug(), kinn.id()));
		forums.findByCommunityIdAndNameIgnoreCase(sogn.id(), "Fagleg samarbeidsutval")
			.ifPresent(fsu -> accountLinks.grant("sekretar", Role.FORUM_SECRETARY, sogn.slug(), fsu.id()));
		people.findByCommunityIdOrderByName(sogn.id())
			.stream()
			.filter(person -> person.name().equals("Ingrid Fjærestad"))
			.findFirst()
			.ifPresent(person -> people.save(new Person(person.id(), person.communityId(), person.name(), person.title(),
					"koordinator@samhald.example", person.version())));
	}

	/** The demo sign-ins are people of their community, so they can act for themselves. */
	private void linkDemoAccounts() {
		link("koordinator", "sogn-og-fjordane", "Ingrid Fjærestad");
		link("medlem", "sogn-og-fjordane", "Torstein Hovland");
		link("vestfold", "vestfold", "Kari Holtan");
	}

	private void link(String username, String communitySlug, String personName) {
		communities.findBySlug(communitySlug).ifPresent(community -> people.findByCommunityIdOrderByName(community.id())
			.stream()
			.filter(person -> person.name().equals(personName))
			.findFirst()
			.ifPresent(person -> accountLinks.link(username, communitySlug, person.id())));
	}

}
