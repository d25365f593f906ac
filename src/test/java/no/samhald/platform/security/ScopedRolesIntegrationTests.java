package no.samhald.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.platform.Access;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo's partner contacts, forum secretary and measure owner carry their scoped roles into their sign-in. */
@SamhaldTest
class ScopedRolesIntegrationTests {

	private static final String SOGN = SignedIn.SOGN;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountLinks accountLinks;

	@Autowired
	Access access;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theHospitalsContactActsForHelseFordeOnlyAndCoordinatorsForEveryPartner() {
		long helseForde = partnerId("Helse Førde");
		long kinn = kinn();
		signInAs("sjukehus");

		assertThat(access.canActForPartner(SOGN, helseForde)).isTrue();
		assertThat(access.canActForPartner(SOGN, kinn)).isFalse();
		assertThat(access.canActForPartner("vestfold", helseForde)).isFalse();
		assertThat(access.canCoordinate(SOGN)).isFalse();
		assertThat(access.isMemberOf(SOGN)).isTrue();
		assertThatThrownBy(() -> access.requireActingForPartner(SOGN, kinn))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		signInAs("koordinator");
		assertThat(access.canActForPartner(SOGN, kinn)).isTrue();
		assertThat(access.isPartnerContact(SOGN, kinn)).isFalse();
	}

	@Test
	void theSecretaryKeepsFsuAndTheMeasureOwnerReportsOnTwoMeasures() {
		long fsu = jdbc.sql("select f.id from forum f join community c on c.id = f.community_id where c.slug = :c and f.name = 'Fagleg samarbeidsutval'")
			.param("c", SOGN)
			.query(Long.class)
			.single();
		signInAs("sekretar");
		assertThat(access.canKeepForum(SOGN, fsu)).isTrue();
		assertThat(access.canKeepForum(SOGN, fsu + 1)).isFalse();

		signInAs("tiltakseigar");
		var owned = access.scopesOf(Role.MEASURE_OWNER, SOGN);
		assertThat(owned).hasSize(2);
		owned.forEach(measure -> assertThat(access.canReportOnMeasure(SOGN, measure)).isTrue());
	}

	@Test
	void aGrantIsListedAmongTheHoldersAndCanBeRevoked() {
		long kinn = kinn();
		assertThat(accountLinks.holders(Role.PARTNER_CONTACT, SOGN, kinn))
			.extracting(AccountLinks.RoleHolder::username, AccountLinks.RoleHolder::email)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kinn", "kinn@samhald.example"));

		assertThat(accountLinks.grant("medlem", Role.PARTNER_CONTACT, SOGN, kinn)).isTrue();
		assertThat(accountLinks.grant("medlem", Role.PARTNER_CONTACT, SOGN, kinn)).isFalse();
		assertThat(accounts.find("medlem").orElseThrow().holds(Role.PARTNER_CONTACT, SOGN, kinn)).isTrue();
		assertThat(accountLinks.revoke("medlem", Role.PARTNER_CONTACT, SOGN, kinn)).isTrue();
		assertThat(accounts.find("medlem").orElseThrow().holds(Role.PARTNER_CONTACT, SOGN, kinn)).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('account.role-granted', 'account.role-revoked') and subject = 'account medlem'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private long kinn() {
		return jdbc.sql("select p.id from partner p join community c on c.id = p.community_id where c.slug = :c and p.municipality_code = '4602'")
			.param("c", SOGN)
			.query(Long.class)
			.single();
	}

	private long partnerId(String name) {
		return jdbc.sql("select p.id from partner p join community c on c.id = p.community_id where c.slug = :c and p.name = :name")
			.param("c", SOGN)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private void signInAs(String username) {
		SignedInUser user = accounts.find(username).orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
