package no.samhald.partnership;

import org.springframework.security.test.context.support.WithUserDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamhaldTest
@WithUserDetails("koordinator")
class PartnershipRulesIntegrationTests {

	@Autowired
	Communities communities;

	@Autowired
	Partners partners;

	@Autowired
	Forums forums;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoDataHasTheEighteenMunicipalitiesOfTheHelseFoerdeAreaWithTheirKommunenummer() {
		var codes = partners.all(sognOgFjordane().id()).stream().filter(Partner::isMunicipality)
			.map(Partner::municipalityCode).sorted().toList();
		// Other tests may add municipalities; the eighteen of the demo must all be there.
		assertThat(codes).contains("4602", "4635", "4636", "4637", "4638", "4639", "4640", "4641", "4642",
				"4643", "4644", "4645", "4646", "4647", "4648", "4649", "4650", "4651");
	}

	@Test
	void aMunicipalityNeedsAWellFormedKnownUnusedKommunenummer() {
		Community id = sognOgFjordane();
		assertThat(problemsCreating(id, municipality("Feil kommune " + unique(), "46x0")))
			.containsExactly("municipalityCode:partner.municipalityCode.format");
		assertThat(problemsCreating(id, municipality("Ukjend kommune " + unique(), "9999")))
			.containsExactly("municipalityCode:partner.municipalityCode.unknown");
		assertThat(problemsCreating(id, municipality("Sogndal igjen " + unique(), "4640")))
			.containsExactly("municipalityCode:partner.municipalityCode.taken");
		assertThat(problemsCreating(id, municipality("Utan nummer " + unique(), " ")))
			.containsExactly("municipalityCode:partner.municipalityCode.required");
	}

	@Test
	void theSameKommunenummerMayBeAPartnerInAnotherCommunity() {
		Community vestfold = communities.bySlug("vestfold");
		SignedIn.as("vestfold", Role.COORDINATOR, vestfold.slug());
		Partner bergen = partners.create(vestfold, municipality("Bergen " + unique(), "4601"));
		assertThat(bergen.municipalityCode()).isEqualTo("4601");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndNamesWhatChanged() {
		Community community = sognOgFjordane();
		Partner partner = partners.create(community, other("Samarbeidspartnar " + unique()));
		SavePartner first = new SavePartner(partner.type(), partner.name(), null, null, null, partner.writtenLanguage(),
				null, "Endra av den første", partner.version());
		partners.update(community, partner.id(), first);
		SavePartner second = new SavePartner(partner.type(), partner.name(), "ANDRE", null, null,
				partner.writtenLanguage(), null, "", partner.version());

		assertThatThrownBy(() -> partners.update(community, partner.id(), second))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Partner stored = partners.get(community.id(), partner.id());
		assertThat(stored.description()).isEqualTo("Endra av den første");
		assertThat(second.fieldsChangedIn(stored)).containsExactlyInAnyOrder("description", "shortName");
	}

	@Test
	void aForumCannotBecomeItsOwnAncestor() {
		Community community = sognOgFjordane();
		Forum top = forums.create(community, forum("Øvst " + unique(), null));
		Forum middle = forums.create(community, forum("Midt " + unique(), top.id()));
		Forum bottom = forums.create(community, forum("Nedst " + unique(), middle.id()));
		var moveTopUnderBottom = new SaveForum(top.kind(), top.name(), top.shortName(), bottom.id(), top.mandate(),
				top.meetingFrequency(), top.requiresRepresentation(), top.version());

		assertThatThrownBy(() -> forums.update(community, top.id(), moveTopUnderBottom))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("parentId:forum.parent.cycle"));
		assertThat(forums.ancestors(community.id(), bottom.id())).extracting(Forum::id)
			.containsExactly(top.id(), middle.id());
	}

	@Test
	void aMembershipThatEndsBeforeItStartsIsRefused() {
		Community community = sognOgFjordane();
		Forum group = forums.create(community, forum("Arbeidsgruppe " + unique(), null));
		Person person = people.all(community.id()).get(0);
		var seat = new AddMember(person.id(), MembershipRole.MEMBER, null, Representation.PARTNER,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));

		assertThatThrownBy(() -> forums.addMember(community, group.id(), seat))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(codes(ex)).containsExactly("endDate:membership.endDate.beforeStart"));
		assertThat(forums.members(community.id(), group.id())).isEmpty();
	}

	@Test
	void seatingAUserRepresentativeAndAGpClosesTheRepresentationGap() {
		Community community = sognOgFjordane();
		Forum group = forums.create(community, forum("Fagnettverk " + unique(), null));
		assertThat(forums.representationGaps(community.id(), group.id())).hasSize(2);
		List<Person> everyone = people.all(community.id());
		forums.addMember(community, group.id(),
				seat(everyone.get(0), Representation.USER_REPRESENTATIVE));
		forums.addMember(community, group.id(),
				seat(everyone.get(1), Representation.GENERAL_PRACTITIONER));
		assertThat(forums.representationGaps(community.id(), group.id())).isEmpty();
	}

	/** Forums and the structure are kept in memory (#11); each change shows on the next read. */
	@Test
	void theStructureShowsANewForumItsNewNameAndItsSeatsAtOnce() {
		Community community = sognOgFjordane();
		assertThat(forums.structure(community.id())).isNotEmpty();
		assertThat(forums.all(community.id())).isNotEmpty();

		Forum group = forums.create(community, forum("Nettverk " + unique(), null));
		assertThat(node(community, group.id()).gaps()).hasSize(2);
		assertThat(forums.all(community.id())).extracting(Forum::id).contains(group.id());

		String renamed = "Omdøypt nettverk " + unique();
		forums.update(community, group.id(), new SaveForum(group.kind(), renamed, group.shortName(), null,
				group.mandate(), group.meetingFrequency(), group.requiresRepresentation(), group.version()));
		assertThat(node(community, group.id()).forum().name()).isEqualTo(renamed);
		assertThat(forums.all(community.id())).extracting(Forum::name).contains(renamed);

		forums.addMember(community, group.id(), seat(people.all(community.id()).get(0), Representation.USER_REPRESENTATIVE));
		assertThat(node(community, group.id()).gaps()).containsExactly(RepresentationGap.GENERAL_PRACTITIONER);
	}

	/** The partner list is kept in memory (#11); a new partner and a new name show on the next read. */
	@Test
	void thePartnerListShowsANewPartnerAndItsNewNameAtOnce() {
		Community community = sognOgFjordane();
		assertThat(partners.all(community.id())).isNotEmpty();

		Partner partner = partners.create(community, other("Brukarorganisasjon " + unique()));
		assertThat(partners.all(community.id())).extracting(Partner::id).contains(partner.id());

		String renamed = "Omdøypt organisasjon " + unique();
		partners.update(community, partner.id(), new SavePartner(partner.type(), renamed, null, null, null,
				partner.writtenLanguage(), null, "", partner.version()));
		assertThat(partners.all(community.id())).extracting(Partner::name).contains(renamed)
			.doesNotContain(partner.name());
	}

	private ForumNode node(Community community, long forumId) {
		return forums.structure(community.id()).stream().filter(n -> n.forum().id() == forumId).findFirst().orElseThrow();
	}

	@Test
	void nothingOfOneCommunityIsReachableThroughAnother() {
		Community vestfold = communities.bySlug("vestfold");
		Forum vestfoldForum = forums.all(vestfold.id()).get(0);
		assertThatThrownBy(() -> forums.get(sognOgFjordane().id(), vestfoldForum.id()))
			.isInstanceOf(no.samhald.platform.NotFoundException.class);
		assertThat(forums.all(sognOgFjordane().id())).noneMatch(f -> f.communityId().equals(vestfold.id()));
	}

	@Test
	void changesAreWrittenToTheAuditLog() {
		Community community = sognOgFjordane();
		String name = "Revidert gruppe " + unique();
		forums.create(community, forum(name, null));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'forum.created' and detail = :name")
			.param("name", name).query(Integer.class).single()).isEqualTo(1);
	}

	private List<String> problemsCreating(Community community, SavePartner partner) {
		try {
			partners.create(community, partner);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return codes(ex);
		}
	}

	private static List<String> codes(InvalidInputException ex) {
		return ex.problems().stream().map(FieldProblem::field).map(String::valueOf)
			.map(field -> field + ":" + ex.problems().stream().filter(p -> field.equals(String.valueOf(p.field())))
				.findFirst().orElseThrow().messageKey())
			.toList();
	}

	private Community sognOgFjordane() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static SavePartner municipality(String name, String code) {
		return new SavePartner(PartnerType.MUNICIPALITY, name, null, code, null, WrittenLanguage.NN, null, null, 0);
	}

	private static SavePartner other(String name) {
		return new SavePartner(PartnerType.OTHER, name, null, null, null, WrittenLanguage.NN, null, null, 0);
	}

	private static SaveForum forum(String name, Long parentId) {
		return new SaveForum(ForumKind.WORKING_GROUP, name, null, parentId, null, null, true, 0);
	}

	private static AddMember seat(Person person, Representation representation) {
		return new AddMember(person.id(), MembershipRole.MEMBER, null, representation, LocalDate.of(2024, 1, 1), null);
	}

}
