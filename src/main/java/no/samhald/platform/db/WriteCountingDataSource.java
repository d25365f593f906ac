package no.samhald.platform.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, counting its writes in {@link DatabaseWrites}: a statement that
 * may write counts before it runs and after, and its connection counts once more when the
 * transaction commits or rolls back, so that an answer made from data read before the commit is
 * never taken for current. Reading statements pass through untouched; every statement is also
 * counted for its thread in {@link DatabaseStatements}.
 */
class WriteCountingDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeLargeUpdate",
			"executeBatch", "executeLargeBatch", "executeQuery", "addBatch");

	private final DatabaseWrites writes;

	WriteCountingDataSource(DataSource target, DatabaseWrites writes) {
		super(target);
		this.writes = writes;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	/** Closes the pool at shutdown, as the data source bean itself would have been. */
	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	private Connection counting(Connection connection) {
		return proxy(Connection.class, new CountingConnection(connection));
	}

	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return type.cast(Proxy.newProxyInstance(WriteCountingDataSource.class.getClassLoader(), new Class<?>[] { type },
				handler));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	/** A connection that remembers whether its open transaction has written. */
	private final class CountingConnection implements InvocationHandler {

		private final Connection target;

		private volatile boolean written;

		CountingConnection(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
				DatabaseStatements.sent();
			}
			if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args[0] instanceof String sql
					&& DatabaseWrites.writes(sql)) {
				wrote();
				Class<?> type = name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class;
				Object statement = WriteCountingDataSource.invoke(target, method, args);
				return proxy(type, new CountingStatement(statement, this, false));
			}
			if (name.equals("createStatement")) {
				return proxy(Statement.class, new CountingStatement(WriteCountingDataSource.invoke(target, method, args), this, true));
			}
			if (name.equals("commit") || name.equals("rollback") || name.equals("close")) {
				try {
					return WriteCountingDataSource.invoke(target, method, args);
				}
				finally {
					if (written) {
						written = false;
						writes.written();
					}
				}
			}
			return WriteCountingDataSource.invoke(target, method, args);
		}

		void wrote() {
			written = true;
			writes.written();
		}

	}

	/**
	 * A statement prepared to write (counted again after each execution, for auto-commit), or a plain
	 * statement, whose SQL is known only when it runs.
	 */
	private final class CountingStatement implements InvocationHandler {

		private final Object target;

		private final CountingConnection connection;

		private final boolean sqlGivenOnExecution;

		CountingStatement(Object target, CountingConnection connection, boolean sqlGivenOnExecution) {
			this.target = target;
			this.connection = connection;
			this.sqlGivenOnExecution = sqlGivenOnExecution;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (!EXECUTIONS.contains(method.getName())) {
				return WriteCountingDataSource.invoke(target, method, args);
			}
			boolean writing = !sqlGivenOnExecution
					|| (args != null && args.length > 0 && args[0] instanceof String sql && DatabaseWrites.writes(sql))
					|| method.getName().contains("Batch");
			if (writing) {
				connection.wrote();
			}
			try {
				return WriteCountingDataSource.invoke(target, method, args);
			}
			finally {
				if (writing) {
					writes.written();
				}
			}
		}

	}

}
