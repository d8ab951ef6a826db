package org.irontrace.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The audit chain's statements, sent so that a request waits for as few round trips as possible: the
 * chain's lock and the read of its end travel together, and so do an append's insert and its commit.
 * Each statement of such a pair runs after the one before has finished, with a view of the database
 * taken when it starts: the read of the chain's end sees every entry committed while the lock was
 * awaited, as when they were sent one at a time. An entry's seal is computed here, in the
 * installation, from the seal before it, so the pairs cannot become one statement: the sealing key
 * never reaches the database.
 */
final class ChainWrites {

	/** Serialises writers of the chain; released when the writing transaction ends. */
	static final long CHAIN_LOCK = 0x1A0D17L;

	private static final String LOCK_AND_READ_END = """
			SELECT pg_advisory_xact_lock(?);
			SELECT * FROM audit_entry ORDER BY seq DESC LIMIT 1
			""";

	static final String INSERT = """
			INSERT INTO audit_entry (seq, at, username, agency, action, subject, purpose, seal, owners)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]))""";

	/**
	 * The lock, an insert made only where the chain still ends at the entry given (its number and seal,
	 * or nothing for an empty chain), and the commit. The values' types are given in the first row,
	 * from which the others' are taken.
	 */
	private static final String LOCK_AND_INSERT_AT_END = """
			SELECT pg_advisory_xact_lock(?);
			INSERT INTO audit_entry (seq, at, username, agency, action, subject, purpose, seal, owners)
			SELECT v.* FROM (VALUES (CAST(? AS bigint), CAST(? AS timestamptz), CAST(? AS text), CAST(? AS text),
			                         CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text[]))%s) AS v
			WHERE coalesce((SELECT seq || ' ' || seal FROM audit_entry ORDER BY seq DESC LIMIT 1), '') = ?;
			COMMIT
			""";

	/** Entries written in one statement with their commit; more go as a batch, then the commit. */
	static final int MOST_WITH_THE_COMMIT = 500;

	private ChainWrites() {
	}

	/** Takes the chain's lock in the connection's transaction and answers its last entry (null: none). */
	static AuditEntry lockedEnd(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_READ_END)) {
			statement.setLong(1, CHAIN_LOCK);
			statement.execute();
			statement.getMoreResults();
			try (ResultSet end = statement.getResultSet()) {
				return end.next() ? AuditTrail.read(end, 0) : null;
			}
		}
	}

	/**
	 * Appends the sealed rows in one round trip if the chain still ends at {@code end} once its lock is
	 * held (null: the chain is empty), and commits; answers false, having written nothing, when another
	 * writer moved the chain's end, or when the rows are too many for one statement.
	 */
	static boolean appendAtEnd(Connection connection, AuditCheckpoint end, List<Object[]> rows) throws SQLException {
		if (rows.size() > MOST_WITH_THE_COMMIT) {
			return false;
		}
		String values = ", (?, ?, ?, ?, ?, ?, ?, ?, ?)".repeat(rows.size() - 1);
		try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_INSERT_AT_END.formatted(values))) {
			int parameter = 1;
			statement.setLong(parameter++, CHAIN_LOCK);
			for (Object[] row : rows) {
				for (Object value : row) {
					bind(connection, statement, parameter++, value);
				}
			}
			statement.setString(parameter, end == null ? "" : end.seq() + " " + end.seal());
			statement.execute();
			statement.getMoreResults();
			int inserted = statement.getUpdateCount();
			connection.commit();
			return inserted == rows.size();
		}
	}

	/**
	 * Inserts the sealed rows and commits the connection's transaction; the commit goes in the insert's
	 * round trip when the rows are few enough for one statement. An insert that fails leaves the
	 * commit unrun (the server skips the rest of the pair) and the transaction for the caller to roll back.
	 */
	static void insertAndCommit(Connection connection, List<Object[]> rows) throws SQLException {
		if (rows.size() <= MOST_WITH_THE_COMMIT) {
			String values = ", (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]))".repeat(rows.size() - 1);
			try (PreparedStatement statement = connection.prepareStatement(INSERT + values + ";\nCOMMIT")) {
				int parameter = 1;
				for (Object[] row : rows) {
					for (Object value : row) {
						bind(connection, statement, parameter++, value);
					}
				}
				statement.execute();
			}
		}
		else {
			try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
				for (Object[] row : rows) {
					for (int i = 0; i < row.length; i++) {
						bind(connection, statement, i + 1, row[i]);
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}
		// A no-op where the commit went with the insert (the driver sees the transaction ended).
		connection.commit();
	}

	private static void bind(Connection connection, PreparedStatement statement, int parameter, Object value)
			throws SQLException {
		if (value instanceof String[] owners) {
			statement.setArray(parameter, connection.createArrayOf("text", owners));
		}
		else if (value == null) {
			statement.setNull(parameter, Types.NULL);
		}
		else {
			statement.setObject(parameter, value);
		}
	}
}
