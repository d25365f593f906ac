package no.samhald;

import java.util.function.Supplier;

import no.samhald.platform.db.DatabaseStatements;

/**
 * The SQL statements some work sends to the database, counted on the test thread (#11: a page or
 * run makes a fixed number of queries, not one per row). Count the service call itself, on this
 * thread; a page served over HTTP runs on another.
 */
public final class Statements {

	private Statements() {
	}

	/** What the work returned and how many statements it sent. */
	public record Counted<T>(T result, long statements) {
	}

	public static <T> Counted<T> count(Supplier<T> work) {
		long before = DatabaseStatements.sentByThisThread();
		T result = work.get();
		return new Counted<>(result, DatabaseStatements.sentByThisThread() - before);
	}

}
