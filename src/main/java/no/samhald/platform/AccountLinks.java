package no.samhald.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links a sign-in account to a person of its community, so that the person can act for
 * themselves (approve minutes they must approve). The person belongs to partnership; the
 * account keeps only the id.
 */
@Component
public class AccountLinks {

	private final JdbcClient jdbc;

	AccountLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns whether an account of that name in that community was linked. */
	public boolean link(String username, String communitySlug, long personId) {
		return jdbc.sql("update account set person_id = :person where lower(username) = lower(:username) and community_slug = :community")
			.param("person", personId)
			.param("username", username)
			.param("community", communitySlug)
			.update() == 1;
	}

}
