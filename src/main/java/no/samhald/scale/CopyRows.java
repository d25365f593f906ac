package no.samhald.scale;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes rows with PostgreSQL's COPY, in the current transaction. Ids are counted on from each
 * table's highest id and the sequences moved past them at the end: this runs while the
 * application starts, before it takes requests, inside the demo data lock, so nothing else
 * inserts into these tables meanwhile.
 */
class CopyRows implements Rows {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Map<Table, Long> lastIds = new EnumMap<>(Table.class);

	private final Map<Table, StringBuilder> buffers = new EnumMap<>(Table.class);

	CopyRows(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		for (Table table : Table.values()) {
			if (table.serialId()) {
				lastIds.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table.sqlName()).query(Long.class).single());
			}
		}
	}

	@Override
	public long nextId(Table table) {
		return lastIds.merge(table, 1L, Long::sum);
	}

	@Override
	public void add(Table table, Object... values) {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(table + " has " + table.columns().size() + " columns, not " + values.length);
		}
		StringBuilder buffer = buffers.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			CopyText.append(buffer, values[i]);
		}
		buffer.append('\n');
	}

	@Override
	public void flush() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (Table table : Table.values()) {
				StringBuilder buffer = buffers.remove(table);
				if (buffer != null) {
					copy.copyIn("copy " + table.sqlName() + " (" + String.join(", ", table.columns()) + ") from stdin",
							new StringReader(buffer.toString()));
				}
			}
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException("Could not copy the generated rows", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Moves each sequence past the ids used, so that the application's own inserts follow them. */
	void finish() {
		flush();
		lastIds.forEach((table, last) -> {
			if (last > 0) {
				jdbc.sql("select setval(pg_get_serial_sequence('" + table.sqlName() + "', 'id'), " + last + ")")
					.query(Long.class)
					.single();
			}
		});
		for (Table table : Table.values()) {
			jdbc.sql("analyze " + table.sqlName()).update();
		}
	}

}
