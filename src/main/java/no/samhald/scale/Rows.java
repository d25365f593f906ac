package no.samhald.scale;

/**
 * Where generated rows go: the database in bulk ({@link CopyRows}) or, in tests, text. Rows of
 * a table are written with the columns of {@link Table} in that order; parents before children.
 */
interface Rows {

	/** The next id of a table with a serial id. */
	long nextId(Table table);

	void add(Table table, Object... values);

	/** Writes what is buffered, tables in the order of {@link Table} so that parents come first. */
	void flush();

}
