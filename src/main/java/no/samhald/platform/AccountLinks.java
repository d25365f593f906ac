package no.samhald.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.SignedInUser.Role;
import no.samhald.platform.security.OtherSessions;

/**
 * What ties a sign-in account to the rest of Samhald: the person of its community it belongs to
 * (so that the person can act for themselves, e.g. approve minutes), its e-mail, and the scoped
 * roles it holds (partner contact, forum secretary, measure owner). The person, partner, forum
 * and measure belong to other modules; the account keeps only their ids.
 */
@Component
public class AccountLinks {

	private static final List<String> SUPPORTED_LANGUAGES = List.of("nn", "nb", "en");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OtherSessions otherSessions;

	AccountLinks(JdbcClient jdbc, AuditLog audit, OtherSessions otherSessions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.otherSessions = otherSessions;
	}

	/** Returns whether an account of that name in that community was linked. */
	public boolean link(String username, String communitySlug, long personId) {
		return jdbc.sql("update account set person_id = :person where lower(username) = lower(:username) and community_slug = :community")
			.param("person", personId)
			.param("username", username)
			.param("community", communitySlug)
			.update() == 1;
	}

	/**
	 * Gives the account a scoped role (partner contact, forum secretary, measure owner) unless it
	 * holds it already; audited, and the person's sessions end so that the next sign-in carries the
	 * role. Returns whether the role was added.
	 */
	@Transactional
	public boolean grant(String username, Role role, String communitySlug, long scopeId) {
		requireScoped(role);
		boolean added = jdbc.sql("""
				insert into account_role (account_id, role, community_slug, scope_id)
				select id, :role, :community, :scope from account where lower(username) = lower(:username)
				on conflict do nothing
				""")
			.param("role", role.name())
			.param("community", communitySlug)
			.param("scope", scopeId)
			.param("username", username)
			.update() == 1;
		if (added) {
			audit.record(communitySlug, "account.role-granted", "account " + username, role.name() + " " + scopeId);
			otherSessions.end(username);
		}
		return added;
	}

	/** Takes a scoped role from the account; audited, and the person's other sessions end. */
	@Transactional
	public boolean revoke(String username, Role role, String communitySlug, long scopeId) {
		requireScoped(role);
		boolean removed = jdbc.sql("""
				delete from account_role where role = :role and community_slug = :community and scope_id = :scope
				  and account_id = (select id from account where lower(username) = lower(:username))
				""")
			.param("role", role.name())
			.param("community", communitySlug)
			.param("scope", scopeId)
			.param("username", username)
			.update() == 1;
		if (removed) {
			audit.record(communitySlug, "account.role-revoked", "account " + username, role.name() + " " + scopeId);
			otherSessions.end(username);
		}
		return removed;
	}

	/** Who holds the scoped role for that partner, forum or measure, e.g. to tell them of new work. */
	public List<RoleHolder> holders(Role role, String communitySlug, long scopeId) {
		return holders(role, communitySlug, List.of(scopeId)).getOrDefault(scopeId, List.of());
	}

	/**
	 * The same for many partners, forums or measures in one read: each scope's holders by display
	 * name, scopes without holders left out (a reminder run asks for all its measures at once, #11).
	 */
	public Map<Long, List<RoleHolder>> holders(Role role, String communitySlug, Collection<Long> scopeIds) {
		if (scopeIds.isEmpty()) {
			return Map.of();
		}
		var byScope = new HashMap<Long, List<RoleHolder>>();
		jdbc.sql("""
				select r.scope_id, a.username, a.display_name, a.email from account_role r join account a on a.id = r.account_id
				where r.role = :role and r.community_slug = :community and r.scope_id in (:scopes)
				order by a.display_name
				""")
			.param("role", role.name())
			.param("community", communitySlug)
			.param("scopes", scopeIds)
			.query((rs, n) -> byScope.computeIfAbsent(rs.getLong("scope_id"), id -> new ArrayList<>())
				.add(new RoleHolder(rs.getString("username"), rs.getString("display_name"), rs.getString("email"))))
			.list();
		return byScope;
	}

	/** The e-mail of an account, if it has one. */
	public Optional<String> email(String username) {
		return jdbc.sql("select email from account where lower(username) = lower(:username) and email is not null")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The coordinators of a community (not the installation's administrators). */
	public List<RoleHolder> coordinators(String communitySlug) {
		return jdbc.sql("""
				select username, display_name, email from account
				where role = 'COORDINATOR' and community_slug = :community order by display_name
				""")
			.param("community", communitySlug)
			.query(RoleHolder.class)
			.list();
	}

	/** The name and e-mail of one account, e.g. to tell a reporter their report was answered. */
	public Optional<RoleHolder> person(String username) {
		return jdbc.sql("select username, display_name, email from account where lower(username) = lower(:username)")
			.param("username", username)
			.query(RoleHolder.class)
			.optional();
	}

	/** The language the person is written to in, if they have one; otherwise their community's applies. */
	public Optional<Locale> language(String username) {
		return jdbc.sql("select language from account where lower(username) = lower(:username) and language is not null")
			.param("username", username)
			.query(String.class)
			.optional()
			.map(Locale::forLanguageTag);
	}

	/**
	 * Keeps the language (nn, nb or en; another falls back to nn, the default) the person is written
	 * to in. Returns whether an account of that name was found.
	 */
	@Transactional
	public boolean setLanguage(String username, Locale language) {
		String code = SUPPORTED_LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : "nn";
		return jdbc.sql("update account set language = :language where lower(username) = lower(:username)")
			.param("language", code)
			.param("username", username)
			.update() == 1;
	}

	/**
	 * The accounts linked to persons of the community (column {@code account.person_id}), by person
	 * id, e.g. to mail the participants of a meeting at the address of their account.
	 */
	public Map<Long, RoleHolder> holdersOfPersons(String communitySlug, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		var byPerson = new HashMap<Long, RoleHolder>();
		jdbc.sql("""
				select person_id, username, display_name, email from account
				where community_slug = :community and person_id in (:persons) order by username
				""")
			.param("community", communitySlug)
			.param("persons", personIds)
			.query((rs, n) -> byPerson.putIfAbsent(rs.getLong("person_id"),
					new RoleHolder(rs.getString("username"), rs.getString("display_name"), rs.getString("email"))))
			.list();
		return byPerson;
	}

	private static void requireScoped(Role role) {
		if (!role.isScoped()) {
			throw new IllegalArgumentException(role + " is a base role, not a scoped one");
		}
	}

	/** A person holding a role; the e-mail may be missing. */
	public record RoleHolder(String username, String displayName, String email) {
	}

}
