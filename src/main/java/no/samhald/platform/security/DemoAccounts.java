package no.samhald.platform.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samhald.platform.DemoData;
import no.samhald.platform.SignedInUser.Role;

/**
 * The demo sign-ins listed in the README. The scoped roles of the partner contacts, the forum
 * secretary and the measure owner are given by the partnership and plan demo data, which know the
 * partners, forums and measures.
 */
@Component
@Order(5)
record DemoAccounts(DemoData demoData, Accounts accounts) implements ApplicationRunner {

	@Override
	public void run(ApplicationArguments args) {
		demoData.loadOnce("platform.accounts", () -> {
			accounts.createIfAbsent("admin", DemoPasswords.ADMINISTRATOR, "Systemadministrator", Role.ADMINISTRATOR, null);
			accounts.createIfAbsent("koordinator", DemoPasswords.OTHERS, "Ingrid Fjærestad", Role.COORDINATOR, "sogn-og-fjordane");
			accounts.createIfAbsent("medlem", DemoPasswords.OTHERS, "Torstein Hovland", Role.MEMBER, "sogn-og-fjordane");
			accounts.createIfAbsent("vestfold", DemoPasswords.OTHERS, "Kari Holtan", Role.COORDINATOR, "vestfold");
		});
		demoData.loadOnce("platform.accounts-acting-for-partners", () -> {
			String sogn = "sogn-og-fjordane";
			accounts.createIfAbsent("sjukehus", DemoPasswords.OTHERS, "Sigrid Eikrem", Role.MEMBER, sogn);
			accounts.createIfAbsent("kinn", DemoPasswords.OTHERS, "Ola Rygg", Role.MEMBER, sogn);
			accounts.createIfAbsent("sekretar", DemoPasswords.OTHERS, "Astrid Hovlid", Role.MEMBER, sogn);
			accounts.createIfAbsent("tiltakseigar", DemoPasswords.OTHERS, "Nils Tveit", Role.MEMBER, sogn);
			for (String username : new String[] { "koordinator", "medlem", "vestfold", "sjukehus", "kinn", "sekretar",
					"tiltakseigar" }) {
				accounts.setEmail(username, username + "@samhald.example");
			}
		});
	}

}
