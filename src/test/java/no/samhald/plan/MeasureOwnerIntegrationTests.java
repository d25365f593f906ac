package no.samhald.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import no.samhald.Api.Response;
import no.samhald.ApiSession;
import no.samhald.SamhaldTest;
import no.samhald.SignedIn;
import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.Access;
import no.samhald.platform.SignedInUser.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The measure owner ({@code tiltakseigar}, owner of two demo measures) reports status on their
 * measures, in the service and through the API, and on no other. A report on an owned measure
 * keeps the status it has, so that the demo plan's status counts stay as other tests read them.
 */
@SamhaldTest
class MeasureOwnerIntegrationTests {

	private static final String PASSWORD = "samhald-demo";

	@LocalServerPort
	int port;

	@Autowired
	Measures measures;

	@Autowired
	ActionPlans plans;

	@Autowired
	Communities communities;

	@Autowired
	Access access;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void theOwnerReportsOnTheirMeasureAndIsRefusedOnAnother() {
		signInAs("tiltakseigar");
		Measure owned = ownedMeasures().get(0);
		Measure other = notOwnedMeasure(owned.actionPlanId());

		StatusUpdate saved = measures.report(sogn(), owned.id(),
				new ReportStatus(nextDate(owned), owned.status(), "Arbeidet går etter planen."));
		assertThat(saved.recordedBy()).isEqualTo("tiltakseigar");
		assertThat(measures.history(sogn().id(), owned.id())).extracting(StatusUpdate::id).contains(saved.id());
		assertThatThrownBy(() -> measures.report(sogn(), other.id(), new ReportStatus(nextDate(other), other.status(), "")))
			.isInstanceOf(AccessDeniedException.class);

		signInAs("medlem");
		assertThatThrownBy(() -> measures.report(sogn(), owned.id(), new ReportStatus(nextDate(owned), owned.status(), "")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void throughTheApiTheOwnerReportsAndIsRefusedOnAnotherMeasureAndInAnotherPlan() {
		signInAs("tiltakseigar");
		Measure owned = ownedMeasures().get(1);
		Measure other = notOwnedMeasure(owned.actionPlanId());
		SignedIn.out();
		ApiSession owner = ApiSession.signIn(port, "tiltakseigar", PASSWORD);

		Response created = owner.post(statusUpdates(owned.actionPlanId(), owned.id()),
				report(nextDate(owned), owned.status().name(), "Nettverket har hatt to samlingar."));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).matches(".*/plans/" + owned.actionPlanId() + "/measures/" + owned.id()
				+ "/status-updates/\\d+");
		assertThat(created.json().get("comment").asString()).isEqualTo("Nettverket har hatt to samlingar.");
		assertThat(owner.get(created.location()).status()).isEqualTo(200);

		Response refused = owner.post(statusUpdates(other.actionPlanId(), other.id()),
				report(nextDate(other), other.status().name(), ""));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");

		long anotherPlan = plans.all(sogn().id()).stream().map(ActionPlan::id)
			.filter(id -> id != owned.actionPlanId()).findFirst().orElse(-1L);
		assertThat(owner.post(statusUpdates(anotherPlan, owned.id()), report(nextDate(owned), owned.status().name(), ""))
			.status()).isEqualTo(404);

		Response noStatus = owner.post(statusUpdates(owned.actionPlanId(), owned.id()),
				"{\"statusDate\": \"" + nextDate(owned) + "\", \"comment\": \"Utan status.\"}");
		assertThat(noStatus.status()).isEqualTo(400);
		assertThat(noStatus.body()).contains("\"field\":\"status\"");
	}

	private List<Measure> ownedMeasures() {
		return access.scopesOf(Role.MEASURE_OWNER, SignedIn.SOGN).stream().sorted()
			.map(id -> measures.get(sogn().id(), id)).toList();
	}

	private Measure notOwnedMeasure(long planId) {
		var owned = access.scopesOf(Role.MEASURE_OWNER, SignedIn.SOGN);
		return measures.ofPlan(sogn().id(), planId).stream().filter(m -> !owned.contains(m.id())).findFirst()
			.orElseThrow();
	}

	/** Today, or the date of the latest report if that is later: the history reads forward in time. */
	private LocalDate nextDate(Measure measure) {
		LocalDate today = LocalDate.now();
		return measures.history(sogn().id(), measure.id()).stream().map(StatusUpdate::statusDate)
			.filter(today::isBefore).findFirst().orElse(today);
	}

	private String statusUpdates(long planId, long measureId) {
		return "/api/v1/communities/" + SignedIn.SOGN + "/plans/" + planId + "/measures/" + measureId
				+ "/status-updates";
	}

	private static String report(LocalDate date, String status, String comment) {
		return """
				{"statusDate": "%s", "status": "%s", "comment": "%s"}
				""".formatted(date, status, comment);
	}

	/** Acts as the demo account with the roles it really holds (scoped grants included). */
	private void signInAs(String username) {
		var user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private Community sogn() {
		return communities.bySlug(SignedIn.SOGN);
	}

}
