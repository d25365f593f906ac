package no.samhald.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records who changed what and when; every module calls it on each change a user makes. */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final Access access;

	AuditLog(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * @param community the community slug the change belongs to, or null for installation-wide changes
	 * @param action a short verb phrase such as "partner.updated"
	 * @param subject what was changed, such as "partner 12"
	 * @param detail what changed, human-readable
	 */
	public void record(String community, String action, String subject, String detail) {
		recordAs(access.currentUsername(), community, action, subject, detail);
	}

	/**
	 * As {@link #record}, for a change made by a person who is not (yet) the signed-in one, such as
	 * the link of a provider's identity made while its owner signs in.
	 */
	public void recordAs(String actor, String community, String action, String subject, String detail) {
		jdbc.sql("""
				insert into audit_entry (community_slug, actor, action, subject, detail)
				values (:community, :actor, :action, :subject, :detail)
				""")
			.param("community", community)
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail)
			.update();
	}

	/** One recorded change. */
	public record Entry(java.time.OffsetDateTime at, String actor, String action, String subject, String detail) {
	}

	/** The community's latest changes, newest first. */
	public java.util.List<Entry> latest(String community, int limit) {
		return jdbc.sql("""
				select at, actor, action, subject, detail from audit_entry
				where community_slug = :community order by at desc, id desc limit :limit
				""")
			.param("community", community)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getObject("at", java.time.OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("detail")))
			.list();
	}

}
