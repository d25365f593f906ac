package no.samhald.platform.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.platform.AuditLog;
import no.samhald.platform.SignedInUser;

/**
 * Identities at OpenID Connect providers linked to accounts: the issuer and the keyed hash of the
 * subject ({@link IdentityKey}), never the subject itself nor any national identity number. The
 * audit names the account and the provider's registration id, nothing that identifies the person
 * at the provider.
 */
@Component
class ProviderIdentities {

	private final JdbcClient jdbc;

	private final IdentityKey key;

	private final AuditLog audit;

	ProviderIdentities(JdbcClient jdbc, IdentityKey key, AuditLog audit) {
		this.jdbc = jdbc;
		this.key = key;
		this.audit = audit;
	}

	/** The account this identity is linked to, if any. */
	Optional<String> linkedUsername(String issuer, String subject) {
		return jdbc.sql("""
				select a.username from account_identity i join account a on a.id = i.account_id
				where i.issuer = :issuer and i.subject_hash = :hash
				""")
			.param("issuer", issuer)
			.param("hash", key.hash(issuer, subject))
			.query(String.class)
			.optional();
	}

	/** The account whose e-mail this is (in any case), if any. */
	Optional<String> usernameWithEmail(String email) {
		return jdbc.sql("select username from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(String.class)
			.optional();
	}

	/** Links the identity to the account (an identity already linked stays with its account) and audits it. */
	@Transactional
	void link(SignedInUser account, String provider, String issuer, String subject, String how) {
		boolean linked = jdbc.sql("""
				insert into account_identity (account_id, issuer, subject_hash)
				select id, :issuer, :hash from account where lower(username) = lower(:username)
				on conflict (issuer, subject_hash) do nothing
				""")
			.param("issuer", issuer)
			.param("hash", key.hash(issuer, subject))
			.param("username", account.getUsername())
			.update() == 1;
		if (linked) {
			audit.recordAs(account.getUsername(), account.communitySlug(), "account.identity-linked",
					"account " + account.getUsername(), provider + ", " + how);
		}
	}

	/** An identity as its owner sees it: the provider's issuer and when it was linked, never the subject. */
	record LinkedIdentity(long id, String issuer, java.time.Instant linkedAt) {
	}

	/** The identities linked to the account, oldest first. */
	java.util.List<LinkedIdentity> of(String username) {
		return jdbc.sql("""
				select i.id, i.issuer, i.linked_at from account_identity i join account a on a.id = i.account_id
				where lower(a.username) = lower(:username) order by i.linked_at, i.id
				""")
			.param("username", username)
			.query((rs, n) -> new LinkedIdentity(rs.getLong("id"), rs.getString("issuer"),
					rs.getTimestamp("linked_at").toInstant()))
			.list();
	}

	/** Removes one of the account's own identities and audits it; false when it has no such identity. */
	@Transactional
	boolean remove(SignedInUser account, long id, String provider) {
		boolean removed = jdbc.sql("""
				delete from account_identity i using account a
				where i.id = :id and i.account_id = a.id and lower(a.username) = lower(:username)
				""")
			.param("id", id)
			.param("username", account.getUsername())
			.update() == 1;
		if (removed) {
			audit.recordAs(account.getUsername(), account.communitySlug(), "account.identity-removed",
					"account " + account.getUsername(), provider);
		}
		return removed;
	}

	void recordSignIn(SignedInUser account, String provider) {
		audit.recordAs(account.getUsername(), account.communitySlug(), "signin.provider", "account " + account.getUsername(),
				provider);
	}

	void recordRefused(String community, String subject, String provider, String reason) {
		audit.record(community, "signin.provider-refused", subject, provider + ", " + reason);
	}

}
