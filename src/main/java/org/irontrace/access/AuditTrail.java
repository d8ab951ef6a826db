package org.irontrace.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only record of who read personal data and who changed what, and for which case or
 * lead. Entries are written in the transaction of the act they record (no act without its entry),
 * one at a time under a lock, each sealed with the seal of the one before. Reads recorded outside a
 * transaction (the API's answers) are written together with those of concurrent requests, each
 * request going on only once its own entry is committed ({@link GatheredAppends}).
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final AuditKey key;

	private final JdbcTemplate template;

	private final AuditCheckpoints checkpoints;

	private final DataSource dataSource;

	/** Entries recorded outside a transaction, written together with those of concurrent callers. */
	private final GatheredAppends gathered = new GatheredAppends(this::appendAlone);

	AuditTrail(JdbcClient jdbc, JdbcTemplate template, AuditKey key, DataSource dataSource,
			AuditCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.template = template;
		this.key = key;
		this.dataSource = dataSource;
		this.checkpoints = checkpoints;
	}

	/** Records an act of the caller; {@code purpose} is the case or lead it was for, if given. */
	public void record(Caller caller, String action, String subject, String purpose) {
		record(caller.username(), caller.agency(), action, subject, purpose);
	}

	/** Records an act of a local operator (the command line). */
	public void record(String username, String agency, String action, String subject, String purpose) {
		recordEach(username, agency, action, List.of(subject), purpose, List.of());
	}

	/**
	 * Records the caller's read of records that the {@code owners} agencies own, so that each of
	 * them, not only the reader's agency, finds the read in its audit trail. The reader's own agency
	 * among them is left out (its auditors see the entry anyway).
	 */
	public void recordRead(Caller caller, String action, String subject, String purpose, Collection<String> owners) {
		recordEachRead(caller, action, List.of(subject), purpose, owners);
	}

	/** {@link #recordRead} for each subject of one act (the traces of one batch). */
	public void recordEachRead(Caller caller, String action, List<String> subjects, String purpose,
			Collection<String> owners) {
		if (!subjects.isEmpty()) {
			List<String> others = owners.stream()
				.filter(owner -> owner != null && !owner.equals(caller.agency()))
				.distinct()
				.sorted()
				.toList();
			recordEach(caller.username(), caller.agency(), action, subjects, purpose, others);
		}
	}

	/**
	 * Records the same act of the caller on each subject (the traces of one batch): one transaction
	 * and one turn of the chain lock for all of them, each entry sealed on the one before as always.
	 */
	public void recordEach(Caller caller, String action, List<String> subjects, String purpose) {
		recordEachRead(caller, action, subjects, purpose, List.of());
	}

	private void recordEach(String username, String agency, String action, List<String> subjects, String purpose,
			List<String> owners) {
		List<Draft> entries = subjects.stream()
			.map(subject -> new Draft(username, agency, action, subject, purpose, owners))
			.toList();
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// In the transaction of the act it records: the entry commits, or vanishes, with the act.
			append(entries);
		}
		else {
			gathered.append(entries);
		}
	}

	/** An entry before the chain gives it its number, time and seal. */
	record Draft(String username, String agency, String action, String subject, String purpose, List<String> owners) {
	}

	/** Appends entries to the chain in the caller's transaction, under the chain's lock. */
	private void append(List<Draft> entries) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			AuditCheckpoint end = ChainWrites.lockedEnd(connection);
			Sealed sealed = sealed(end, entries);
			template.batchUpdate(ChainWrites.INSERT, sealed.rows());
			checkpointAfterCommit(end, sealed.appended(), true);
		}
		catch (SQLException e) {
			throw translated(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * The chain's end as this installation last wrote it, or null when not known: an append outside a
	 * transaction is sealed on it and written in one round trip where the chain still ends there.
	 */
	private final AtomicReference<AuditCheckpoint> lastWritten = new AtomicReference<>();

	/**
	 * Appends entries in a transaction of their own (a request waited for four round trips): in one
	 * where the chain still ends where this installation last wrote it, which the database checks
	 * under the lock; else in two, the lock with the read of the chain's end, then the insert with the
	 * commit (the same statement, whose condition then holds). The first finds the chain moved when
	 * another writer (an import's transaction, the command line) appended meanwhile, and writes nothing.
	 */
	private void appendAlone(List<Draft> entries) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				AuditCheckpoint end = lastWritten.get();
				Sealed sealed = end == null ? null : sealed(end, entries);
				if (sealed == null || !ChainWrites.appendAtEnd(connection, end, sealed.at(), sealed.entries())) {
					end = ChainWrites.lockedEnd(connection);
					sealed = sealed(end, entries);
					if (!ChainWrites.appendAtEnd(connection, end, sealed.at(), sealed.entries())) {
						throw new IllegalStateException("The audit chain moved while its lock was held");
					}
				}
				lastWritten.set(sealed.appended());
				checkpointAfterCommit(end, sealed.appended(), false);
			}
			catch (SQLException | RuntimeException e) {
				lastWritten.set(null);
				connection.rollback();
				throw e;
			}
		}
		catch (SQLException e) {
			throw translated(e);
		}
	}

	/** The entries, each numbered, timed and sealed on the one before, and the chain's new end. */
	private record Sealed(Timestamp at, List<AuditEntry> entries, AuditCheckpoint appended) {

		List<Object[]> rows() {
			return entries.stream().map(entry -> ChainWrites.row(entry, at)).toList();
		}
	}

	/** Seals the drafts on the chain's end ({@code null}: the chain is empty). */
	private Sealed sealed(AuditCheckpoint end, List<Draft> drafts) {
		long seq = end == null ? 0 : end.seq();
		String seal = end == null ? "" : end.seal();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<AuditEntry> entries = new java.util.ArrayList<>(drafts.size());
		for (Draft draft : drafts) {
			AuditEntry entry = new AuditEntry(++seq, at, draft.username(), draft.agency(), draft.action(),
					draft.subject(), draft.purpose(), null, draft.owners());
			seal = key.seal(entry.sealedText(seal));
			entries.add(new AuditEntry(seq, at, entry.username(), entry.agency(), entry.action(), entry.subject(),
					entry.purpose(), seal, entry.owners()));
		}
		return new Sealed(Timestamp.from(at), entries, new AuditCheckpoint(seq, seal));
	}

	private RuntimeException translated(SQLException e) {
		RuntimeException translated = template.getExceptionTranslator().translate("append to the audit trail", null, e);
		return translated != null ? translated : new IllegalStateException("Cannot append to the audit trail", e);
	}

	/**
	 * Moves the checkpoint on once the entry is committed, unless the chain already ends before the
	 * checkpoint: then its newest entries were removed, and the checkpoint stays as the evidence.
	 */
	private void checkpointAfterCommit(AuditCheckpoint end, AuditCheckpoint appended, boolean inTransaction) {
		AuditCheckpoint kept = checkpoints.kept();
		if (kept != null && kept.isAheadOf(end == null ? 0 : end.seq(), end == null ? "" : end.seal())) {
			log.error("The audit trail ends before its checkpoint (entry {}): entries were removed. Run 'irontrace audit verify'.",
					kept.seq());
			return;
		}
		if (!inTransaction) {
			checkpoints.advanceTo(appended);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				checkpoints.advanceTo(appended);
				lastWritten.set(appended);
			}
		});
	}

	/**
	 * Entries matching the filters (null = any), newest first; one agency's (its own acts and others'
	 * reads of its records) or (null) all. {@code subject} matches the start of an entry's subject.
	 */
	public List<AuditEntry> search(String agency, String username, String action, String subject, LocalDate from,
			LocalDate to, int limit) {
		return entries(new AuditQuery(agency, username, action, subject, null, from, to, null, limit));
	}

	/**
	 * The one statement every reader of the trail goes through (the API's search and the auditors'
	 * pages), so that the scope of an agency (its own acts and others' reads of its records) is
	 * written once.
	 */
	List<AuditEntry> entries(AuditQuery query) {
		return jdbc.sql("""
				SELECT * FROM audit_entry
				WHERE (CAST(:agency AS text) IS NULL OR agency = :agency OR owners @> ARRAY[CAST(:agency AS text)])
				  AND (CAST(:username AS text) IS NULL OR username = :username)
				  AND (CAST(:action AS text) IS NULL OR action = :action)
				  AND (CAST(:subjectStart AS text) IS NULL OR subject LIKE :subjectStart || '%')
				  AND (CAST(:subjectText AS text) IS NULL OR strpos(subject, :subjectText) > 0)
				  AND (CAST(:from AS date) IS NULL OR at >= CAST(:from AS date))
				  AND (CAST(:to AS date) IS NULL OR at < CAST(:to AS date) + 1)
				  AND (CAST(:before AS bigint) IS NULL OR seq < :before)
				ORDER BY seq DESC LIMIT :limit
				""")
			.paramSource(query)
			.query(AuditTrail::read)
			.list();
	}

	/**
	 * Re-computes every seal in order: the first entry altered, removed or out of place is named. Then
	 * the chain's end is compared with each checkpoint kept outside the database, which shows newest
	 * entries removed (every seal of what is left would still match).
	 */
	public AuditVerification verify() {
		AuditChainCheck check = new AuditChainCheck(key);
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query((java.sql.ResultSet rs) -> {
			check.accept(read(rs, 0));
		});
		AuditVerification verification = check.result();
		List<String> said = new java.util.ArrayList<>();
		for (java.nio.file.Path file : checkpoints.files()) {
			String problem = null;
			try {
				AuditCheckpoint checkpoint = AuditCheckpoint.readFrom(file, key).orElse(null);
				if (checkpoint == null) {
					said.add("no checkpoint in " + file + ": removed newest entries could not be seen");
				}
				else if (checkpoint.seq() > check.lastSeq()) {
					problem = "entries after sequence " + check.lastSeq() + " are missing: the checkpoint in " + file
							+ " names entry " + checkpoint.seq();
				}
				else if (!checkpoint.seal().equals(sealOf(checkpoint.seq()))) {
					problem = "entry " + checkpoint.seq() + " is not the one the checkpoint in " + file
							+ " names: the newest entries were removed and others written in their place";
				}
				else {
					said.add("the chain reaches the checkpoint in " + file + " (entry " + checkpoint.seq() + ")");
				}
			}
			catch (AuditCheckpoint.ForgedCheckpointException forged) {
				problem = forged.getMessage();
			}
			if (problem != null && verification.intact()) {
				verification = verification.brokenAt(check.lastSeq() + 1, problem);
			}
			if (problem != null) {
				said.add(problem);
			}
		}
		return verification.withCheckpoints(said);
	}

	private String sealOf(long seq) {
		return jdbc.sql("SELECT seal FROM audit_entry WHERE seq = ?").param(seq).query(String.class).optional().orElse(null);
	}

	static AuditEntry read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Array owners = rs.getArray("owners");
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
				rs.getString("agency"), rs.getString("action"), rs.getString("subject"), rs.getString("purpose"),
				rs.getString("seal"), owners == null ? List.of() : List.of((String[]) owners.getArray()));
	}
}
