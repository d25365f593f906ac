package no.samhald.platform.db;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Counts the writes to the database (every statement that may change data, and again when its
 * transaction ends), so that what was made from the data can be known to be current: an answer
 * made while the count stood still was made from data that is still the same (#11). Statements on
 * Spring Session's tables are not counted: a signed-in person's page view touches the session.
 */
public final class DatabaseWrites {

	/** Found, not matched with .* around it: matching backtracked over the whole statement (#11). */
	private static final Pattern WRITING_KEYWORD = Pattern.compile("\\b(insert|update|delete|merge)\\b");

	private final AtomicLong count = new AtomicLong();

	/** Changes whenever something may have been written or committed since it was last read. */
	public long count() {
		return count.get();
	}

	void written() {
		count.incrementAndGet();
	}

	/** Whether the statement may change data other than sessions (when unsure: yes). */
	static boolean writes(String sql) {
		String statement = withoutLeadingComments(sql);
		String keyword = statement.substring(0, Math.min(statement.length(), 8)).toLowerCase(Locale.ROOT);
		if (keyword.startsWith("select") || keyword.startsWith("show") || keyword.startsWith("explain")
				|| keyword.startsWith("values") || keyword.startsWith("set ") || keyword.startsWith("begin")
				|| keyword.startsWith("savepoin") || keyword.startsWith("release")) {
			return false;
		}
		String lower = statement.toLowerCase(Locale.ROOT);
		if (lower.contains("spring_session")) {
			return false;
		}
		// A query with a common table expression writes only if one of its parts does.
		return !keyword.startsWith("with") || WRITING_KEYWORD.matcher(lower).find();
	}

	private static String withoutLeadingComments(String sql) {
		String rest = sql.stripLeading();
		while (rest.startsWith("--") || rest.startsWith("/*")) {
			int end = rest.startsWith("--") ? rest.indexOf('\n') : rest.indexOf("*/");
			if (end < 0) {
				return "";
			}
			rest = rest.substring(end + (rest.startsWith("--") ? 1 : 2)).stripLeading();
		}
		return rest;
	}

}
