package no.samhald.notification;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SignedIn;
import no.samhald.community.Community;
import no.samhald.plan.ActionPlan;
import no.samhald.plan.ActionPlans;
import no.samhald.plan.Measure;
import no.samhald.plan.MeasureStatus;
import no.samhald.plan.Measures;
import no.samhald.plan.SaveActionPlan;
import no.samhald.plan.SaveArea;
import no.samhald.plan.SaveMeasure;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.Accounts;

/**
 * A test's own action plan for one year, with measures owned by a test's own account (with an
 * e-mail), so that reminders can be run for the plan's reporting dates without touching the demo
 * plans or the demo measure owner's grants.
 */
final class Owners {

	private Owners() {
	}

	/** A new member account of Sogn og Fjordane with the e-mail {@code <username>@samhald.example}. */
	static String newAccount(Accounts accounts, JdbcClient jdbc, String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(username, "samhald-test-" + UUID.randomUUID(), "Test " + username, Role.MEMBER, SignedIn.SOGN);
		jdbc.sql("update account set email = :email where username = :username")
			.param("email", email(username))
			.param("username", username)
			.update();
		return username;
	}

	static String email(String username) {
		return username + "@samhald.example";
	}

	/** An action plan running through {@code year}, by the demo coordinator. */
	static ActionPlan plan(ActionPlans plans, Community community, int year) {
		return SignedIn.asCoordinator(() -> plans.create(community, new SaveActionPlan(
				"Testplan " + year + " " + UUID.randomUUID(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null,
				null, "", 0)));
	}

	/** An open measure in the plan, owned by {@code owner}. */
	static Measure measure(ActionPlans plans, Measures measures, AccountLinks links, Community community,
			ActionPlan plan, String owner) {
		Measure measure = SignedIn.asCoordinator(() -> {
			long area = plans.addArea(community, plan.id(), new SaveArea("Område " + UUID.randomUUID(), "", 0)).id();
			return measures.create(community, plan.id(), new SaveMeasure(area, "Tiltak " + UUID.randomUUID(), "", null,
					null, null, MeasureStatus.IN_PROGRESS, "", null, null, 0));
		});
		links.grant(owner, Role.MEASURE_OWNER, community.slug(), measure.id());
		return measure;
	}

}
