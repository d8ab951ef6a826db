package org.irontrace.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit chain's statements, sent so that a request waits for as few round trips as possible: the
 * chain's lock and the read of its end travel together, and so do an append's insert and its commit.
 * Each statement of such a pair runs after the one before has finished, with a view of the database
 * taken when it starts: the read of the chain's end sees every entry committed while the lock was
 * awaited, as when they were sent one at a time. An entry's seal is computed here, in the
 * installation, from the seal before it, so the pairs cannot become one statement: the sealing key
 * never reaches the database.
 * <p>
 * The entries of one append go in as arrays, a column each, so that one statement serves any number
 * of them; an entry's owners go as pairs of its number and an owner.
 */
final class ChainWrites {

	/** Serialises writers of the chain; released when the writing transaction ends. */
	static final long CHAIN_LOCK = 0x1A0D17L;

	private static final String LOCK_AND_READ_END = """
			SELECT pg_advisory_xact_lock(?);
			SELECT seq, seal FROM audit_entry ORDER BY seq DESC LIMIT 1
			""";

	/** One entry, in the transaction of the act it records. */
	static final String INSERT = """
			INSERT INTO audit_entry (seq, at, username, agency, action, subject, purpose, seal, owners)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]))
			""";

	/**
	 * The lock, the entries' insert made only where the chain still ends at the entry given (its number
	 * and seal, or nothing for an empty chain), and the commit. A transaction that already holds the
	 * lock takes it again at no cost.
	 */
	private static final String LOCK_AND_INSERT_ALL_AT_END = """
			SELECT pg_advisory_xact_lock(?);
			INSERT INTO audit_entry (seq, at, username, agency, action, subject, purpose, seal, owners)
			SELECT e.seq, CAST(? AS timestamptz), e.username, e.agency, e.action, e.subject, e.purpose, e.seal,
			       (SELECT array_agg(o.owner ORDER BY o.n)
			        FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) WITH ORDINALITY AS o(seq, owner, n)
			        WHERE o.seq = e.seq)
			FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			            CAST(? AS text[]), CAST(? AS text[])) AS e(seq, username, agency, action, subject, purpose, seal)
			WHERE coalesce((SELECT seq || ' ' || seal FROM audit_entry ORDER BY seq DESC LIMIT 1), '') = ?;
			COMMIT
			""";

	private ChainWrites() {
	}

	/** Takes the chain's lock in the connection's transaction and answers where it ends (null: empty). */
	static AuditCheckpoint lockedEnd(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_READ_END)) {
			statement.setLong(1, CHAIN_LOCK);
			statement.execute();
			statement.getMoreResults();
			try (ResultSet end = statement.getResultSet()) {
				return end.next() ? new AuditCheckpoint(end.getLong("seq"), end.getString("seal")) : null;
			}
		}
	}

	/**
	 * Appends the sealed entries in one round trip if the chain still ends at {@code end} once its lock
	 * is held (null: the chain is empty), and commits; answers false, having written nothing, when
	 * another writer moved the chain's end. An insert that fails leaves the commit unrun (the server
	 * skips the rest of the statements) and the transaction for the caller to roll back.
	 */
	static boolean appendAtEnd(Connection connection, AuditCheckpoint end, Timestamp at, List<AuditEntry> entries)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_INSERT_ALL_AT_END)) {
			statement.setLong(1, CHAIN_LOCK);
			int next = bindEntries(connection, statement, 2, at, entries);
			statement.setString(next, end == null ? "" : end.seq() + " " + end.seal());
			statement.execute();
			statement.getMoreResults();
			int inserted = statement.getUpdateCount();
			// A no-op: the commit went with the insert (the driver sees the transaction ended).
			connection.commit();
			return inserted == entries.size();
		}
	}

	/** Binds the entries' columns from parameter {@code first} on; answers the next parameter's number. */
	private static int bindEntries(Connection connection, PreparedStatement statement, int first, Timestamp at,
			List<AuditEntry> entries) throws SQLException {
		List<Long> ownerSeqs = new ArrayList<>();
		List<String> owners = new ArrayList<>();
		for (AuditEntry entry : entries) {
			entry.owners().forEach(owner -> {
				ownerSeqs.add(entry.seq());
				owners.add(owner);
			});
		}
		int parameter = first;
		statement.setTimestamp(parameter++, at);
		statement.setArray(parameter++, connection.createArrayOf("bigint", ownerSeqs.toArray()));
		statement.setArray(parameter++, connection.createArrayOf("text", owners.toArray()));
		statement.setArray(parameter++, connection.createArrayOf("bigint", entries.stream().map(AuditEntry::seq).toArray()));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::username));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::agency));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::action));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::subject));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::purpose));
		statement.setArray(parameter++, column(connection, entries, AuditEntry::seal));
		return parameter;
	}

	private static java.sql.Array column(Connection connection, List<AuditEntry> entries,
			java.util.function.Function<AuditEntry, String> value) throws SQLException {
		return connection.createArrayOf("text", entries.stream().map(value).toArray());
	}

	/** An entry's row for {@link #INSERT}. */
	static Object[] row(AuditEntry entry, Timestamp at) {
		return new Object[] { entry.seq(), at, entry.username(), entry.agency(), entry.action(), entry.subject(),
				entry.purpose(), entry.seal(), entry.owners().isEmpty() ? null : entry.owners().toArray(String[]::new) };
	}
}
