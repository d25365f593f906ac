package no.samhald.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session at the same time (tabs opened together after signing in) may both
 * add the same session attribute, the form token first: Spring Session then inserted it twice and
 * the second request failed with a duplicate key (the failed requests of the #11 load mix). The
 * insert becomes PostgreSQL's upsert, as Spring Session's reference suggests; the later write wins.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentSessionWrites {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
		return sessions -> sessions.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

}
