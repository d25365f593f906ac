package no.samhald.platform.db;

/**
 * How many SQL statements each thread has sent to the database through the application's data
 * source, so that a test can check that a page or a run makes a fixed number of queries, not one
 * per row (#11). Counted per thread, so that other work running at the same time does not count.
 * Costs one thread-local increment per statement.
 */
public final class DatabaseStatements {

	private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);

	private DatabaseStatements() {
	}

	/** The statements the current thread has sent so far. */
	public static long sentByThisThread() {
		return SENT.get()[0];
	}

	static void sent() {
		SENT.get()[0]++;
	}

}
