package no.samhald.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;
import no.samhald.TestOidcProvider;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's own sign-ins: linked identities listed and removed, and signing out everywhere. */
@SamhaldTest
class SignInsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonSeesTheProviderAndDateOfEachLinkedIdentityButNoSubjectAndRemovesOnlyTheirOwn() {
		String username = newAccount();
		String other = newAccount();
		String subjectHash = "hash-" + UUID.randomUUID();
		long own = link(username, subjectHash);
		long othersIdentity = link(other, "hash-" + UUID.randomUUID());
		var browser = new WebClient(port);
		browser.signIn(username, "right-password");

		String page = browser.get("/account/sign-ins").body();
		assertThat(page).contains("<td>Ansattporten</td>", "Logg ut overalt").doesNotContain(subjectHash);

		assertThat(browser.post("/account/sign-ins/" + othersIdentity + "/remove", Map.of()).statusCode()).isEqualTo(302);
		assertThat(identities(other)).as("another's identity stays").isEqualTo(1);
		assertThat(browser.post("/account/sign-ins/" + own + "/remove", Map.of()).statusCode()).isEqualTo(302);
		assertThat(identities(username)).isZero();
		assertThat(browser.get("/account/sign-ins?removed").body()).contains("Innlogginga er fjerna")
			.contains("ikkje kopla til nokon innloggingsteneste");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'account.identity-removed' and subject = :s")
			.param("s", "account " + username).query(String.class).list()).containsExactly("ansattporten");
	}

	@Test
	void aTokenOutlivesAPasswordChangeButSigningOutEverywhereEndsEverySessionAndToken() throws Exception {
		String username = newAccount();
		String token = tokens.create(username, "Rapport", LocalDate.now().plusDays(30));
		accounts.changePassword(username, "another-right-password");
		assertThat(me(token)).as("after a password change").isEqualTo(200);

		var here = new WebClient(port);
		here.signIn(username, "another-right-password");
		var elsewhere = new WebClient(port);
		elsewhere.signIn(username, "another-right-password");
		assertThat(elsewhere.get("/account/password").statusCode()).isEqualTo(200);

		here.get("/account/sign-ins");
		var out = here.post("/account/sign-out-everywhere", Map.of());
		assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?signedOutEverywhere");

		assertThat(here.get("/account/password").statusCode()).as("this session").isEqualTo(302);
		assertThat(elsewhere.get("/account/password").statusCode()).as("the other session").isEqualTo(302);
		assertThat(me(token)).as("the token").isEqualTo(401);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'account.signed-out-everywhere' and subject = :s")
			.param("s", "account " + username).query(String.class).list()).containsExactly("1 access tokens revoked");
	}

	private int me(String token) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private long link(String username, String subjectHash) {
		return jdbc.sql("""
				insert into account_identity (account_id, issuer, subject_hash)
				select id, :issuer, :hash from account where username = :username returning id
				""")
			.param("issuer", TestOidcProvider.issuer()).param("hash", subjectHash).param("username", username)
			.query(Long.class).single();
	}

	private int identities(String username) {
		return jdbc.sql("select count(*) from account_identity i join account a on a.id = i.account_id where a.username = :u")
			.param("u", username).query(Integer.class).single();
	}

	private String newAccount() {
		String username = "signins-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "right-password", "Test " + username, Role.MEMBER, "sogn-og-fjordane");
		return username;
	}

}
