package no.samhald.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions other than the one making the request. Sessions live in the database
 * (Spring Session JDBC), indexed by the signed-in name, so a session on another computer or in
 * another instance ends at once, not at its next time-out. Any change of a person's password or
 * role calls this.
 */
@Component
public class OtherSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	OtherSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	public void end(String username) {
		String current = currentSessionId();
		sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(current))
			.forEach(sessions::deleteById);
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
