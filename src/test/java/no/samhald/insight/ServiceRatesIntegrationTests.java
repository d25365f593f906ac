package no.samhald.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.SignedInUser.Role;

/** Issue #8: a community's service figures are saved over the version the person saw, never over someone else's save. */
@SamhaldTest
class ServiceRatesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ServiceRates rates;

	@Autowired
	Communities communities;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	private Community sogn() {
		return communities.bySlug("sogn-og-fjordane");
	}

	private static SaveServiceRate changed(ServiceRate rate, String name, int version) {
		return new SaveServiceRate(rate.service(), name, rate.baseYear(), rate.usersPerThousand(), rate.yearlyChange(),
				rate.fullTimeEquivalentsPerUser(), version);
	}

	@Test
	void aSaveOverAnOlderVersionIsRefusedAndChangesNothing() {
		SignedIn.asCoordinator();
		ServiceRate seen = rates.get(sogn().id(), "nursing-home");
		ServiceRate first = rates.save(sogn(), changed(seen, seen.name() + " (first)", seen.version()));
		assertThat(first.version()).isEqualTo(seen.version() + 1);
		try {
			assertThatThrownBy(() -> rates.save(sogn(), changed(seen, "second", seen.version())))
				.isInstanceOf(OptimisticLockingFailureException.class);
			assertThat(rates.get(sogn().id(), "nursing-home").name()).isEqualTo(seen.name() + " (first)");
			assertThat(changed(seen, "second", seen.version()).fieldsChangedIn(first)).containsExactly("name");
		}
		finally {
			rates.save(sogn(), changed(seen, seen.name(), first.version()));
		}
	}

	@Test
	void theServiceChecksWhoSaves() {
		SignedIn.as("vestfold", Role.COORDINATOR, "vestfold");
		ServiceRate rate = rates.all(sogn().id()).get(0);
		assertThatThrownBy(() -> rates.save(sogn(), changed(rate, "x", rate.version()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rates.setFrailShare(sogn(), 0.2)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void thePageShowsWhatSomeoneElseChangedInsteadOfOverwritingIt() {
		SignedIn.asCoordinator();
		ServiceRate seen = rates.get(sogn().id(), "home-care");
		ServiceRate other = rates.save(sogn(), changed(seen, "Heimetenester (endra)", seen.version()));
		try {
			RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
				.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				})
				.build();
			String auth = "Basic " + Base64.getEncoder().encodeToString("koordinator:samhald-demo".getBytes(StandardCharsets.UTF_8));
			String page = client.get().uri("/sogn-og-fjordane/insight/services/home-care/edit").header(HttpHeaders.AUTHORIZATION, auth)
				.retrieve().body(String.class);
			assertThat(page).contains("Heimetenester (endra)", "name=\"usersPerThousand[6]\"");
			var form = new LinkedMultiValueMap<String, String>();
			form.add("name", "Heimetenester (mi)");
			form.add("baseYear", String.valueOf(seen.baseYear()));
			for (int i = 0; i < 7; i++) {
				form.add("usersPerThousand[" + i + "]", "10");
			}
			form.add("yearlyChange", "0");
			form.add("fullTimeEquivalentsPerUser", "0.3");
			form.add("version", String.valueOf(seen.version()));
			ResponseEntity<String> stale = client.post().uri("/sogn-og-fjordane/insight/services/home-care")
				.header(HttpHeaders.AUTHORIZATION, auth)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.toEntity(String.class);
			assertThat(stale.getStatusCode().value()).isEqualTo(200);
			assertThat(stale.getBody()).contains("Nokon andre har endra dette medan du skreiv", "Heimetenester (mi)");
			assertThat(rates.get(sogn().id(), "home-care").name()).isEqualTo("Heimetenester (endra)");
		}
		finally {
			rates.save(sogn(), changed(seen, seen.name(), rates.get(sogn().id(), "home-care").version()));
		}
	}

}
