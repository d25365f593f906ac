package no.samhald.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.samhald.platform.SignedInUser.Role;

/** The invitations and their scoped roles, found by id or by the hash of their token. */
@Repository
class InvitationRepository {

	private static final String COLUMNS = """
			select id, community_slug, name, email, language, base_role, invited_by, sent_at, expires_at,
			       accepted_at, revoked_at from invitation
			""";

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String communitySlug, Invite invite, String tokenHash, String invitedBy, Instant sentAt,
			Instant expiresAt) {
		long id = jdbc.sql("""
				insert into invitation (community_slug, name, email, language, base_role, token_hash, invited_by,
				  sent_at, expires_at)
				values (:community, :name, :email, :language, :role, :hash, :by, :sent, :expires)
				returning id
				""")
			.param("community", communitySlug)
			.param("name", invite.name())
			.param("email", invite.email())
			.param("language", invite.language())
			.param("role", invite.baseRole().name())
			.param("hash", tokenHash)
			.param("by", invitedBy)
			.param("sent", Timestamp.from(sentAt))
			.param("expires", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		for (InvitedRole role : invite.scopedRoles()) {
			jdbc.sql("insert into invitation_role (invitation_id, role, scope_id) values (:id, :role, :scope) on conflict do nothing")
				.param("id", id)
				.param("role", role.role().name())
				.param("scope", role.scopeId())
				.update();
		}
		return id;
	}

	Optional<Invitation> byTokenHash(String tokenHash) {
		return jdbc.sql(COLUMNS + " where token_hash = :hash")
			.param("hash", tokenHash)
			.query(this::invitation)
			.optional();
	}

	Optional<Invitation> byId(String communitySlug, long id) {
		return jdbc.sql(COLUMNS + " where community_slug = :community and id = :id")
			.param("community", communitySlug)
			.param("id", id)
			.query(this::invitation)
			.optional();
	}

	/** Neither accepted nor revoked, nor expired, soonest to expire first. */
	List<Invitation> pending(String communitySlug, Instant now) {
		return jdbc.sql(COLUMNS + """
				 where community_slug = :community and accepted_at is null and revoked_at is null and expires_at > :now
				 order by expires_at, id
				""")
			.param("community", communitySlug)
			.param("now", Timestamp.from(now))
			.query(this::invitation)
			.list();
	}

	/**
	 * Marks the invitation used if it still is pending, in one update, so that two acceptances
	 * racing each other cannot both succeed. Returns whether this call used it.
	 */
	boolean markAccepted(long id, String username, Instant now) {
		return jdbc.sql("""
				update invitation set accepted_at = :now, accepted_by = :username
				where id = :id and accepted_at is null and revoked_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("username", username)
			.param("id", id)
			.update() == 1;
	}

	boolean markRevoked(long id, Instant now) {
		return jdbc.sql("""
				update invitation set revoked_at = :now
				where id = :id and accepted_at is null and revoked_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	private Invitation invitation(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<InvitedRole> roles = jdbc.sql("select role, scope_id from invitation_role where invitation_id = :id order by role, scope_id")
			.param("id", id)
			.query((r, n) -> new InvitedRole(Role.valueOf(r.getString("role")), r.getLong("scope_id")))
			.list();
		return new Invitation(id, rs.getString("community_slug"), rs.getString("name"), rs.getString("email"),
				rs.getString("language"), Role.valueOf(rs.getString("base_role")), roles, rs.getString("invited_by"),
				instant(rs, "sent_at"), instant(rs, "expires_at"), instant(rs, "accepted_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
