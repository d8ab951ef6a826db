package org.irontrace.federation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.irontrace.access.AuditEntry;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.federation.ExchangeMessages.ReadReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of another installation's records with personal data, both ways. At the reader's
 * installation each read is queued (in the transaction of the read) until the next exchange with
 * the owner delivers it; at the owner's it is written to the audit trail under the owning agency
 * (action {@code REMOTE_READ}, reader as {@code INSTALLATION:USER}, with the reader's agency and
 * purpose), once, however often it is delivered.
 */
@Component
public class RemoteReads {

	static final String ACTION = "REMOTE_READ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	RemoteReads(JdbcClient jdbc, JdbcTemplate template, AuditTrail audit, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Queues, for their owner, the reads of these foreign records by the caller. */
	void queue(Caller caller, String installation, String ownerAgency, List<String> recoveryIds, String purpose) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(recoveryIds.size());
		for (String id : recoveryIds) {
			rows.add(new Object[] { UUID.randomUUID(), installation, ownerAgency, "recovery:" + ownerAgency + "/" + id,
					caller.username(), caller.agency(), purpose, now });
		}
		template.batchUpdate("""
				INSERT INTO federation_read_report (read_id, installation, owner_agency, subject, reader, reader_agency, purpose, read_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/** The reads still to report to this owner installation, oldest first. */
	List<ReadReport> listPending(String installation, int limit) {
		return jdbc.sql("SELECT * FROM federation_read_report WHERE installation = ? ORDER BY read_at, read_id LIMIT ?")
			.params(installation, limit)
			.query((rs, n) -> new ReadReport(rs.getString("read_id"), rs.getString("owner_agency"), rs.getString("subject"),
					rs.getString("reader"), rs.getString("reader_agency"), rs.getString("purpose"),
					rs.getTimestamp("read_at").toInstant().toString()))
			.list();
	}

	/** Forgets the reads the owner confirmed it recorded. */
	int delivered(String installation, List<String> readIds) {
		if (readIds == null || readIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("DELETE FROM federation_read_report WHERE installation = ? AND read_id = ANY(?)")
			.params(installation, readIds.stream().map(UUID::fromString).toArray(UUID[]::new))
			.update();
	}

	/** At the owner: writes each reported read to the audit trail once; answers the ids now recorded. */
	List<String> record(Peer reader, List<ReadReport> reads) {
		List<String> recorded = new ArrayList<>();
		for (ReadReport read : reads == null ? List.<ReadReport>of() : reads) {
			UUID id;
			try {
				id = UUID.fromString(read.readId());
			}
			catch (RuntimeException e) {
				continue;
			}
			// The mark and the audit entry commit together: a read is recorded once, and never marked unrecorded.
			transactions.executeWithoutResult(status -> {
				int fresh = jdbc.sql("INSERT INTO federation_read_received (installation, read_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
					.params(reader.name(), id)
					.update();
				if (fresh == 1) {
					audit.record(reader.name() + ":" + read.reader(), read.ownerAgency(), ACTION, read.subject(),
							(read.purpose() == null ? "" : read.purpose() + " ") + "(read at " + reader.name() + " by "
									+ read.readerAgency() + ", " + read.readAt() + ")");
				}
			});
			recorded.add(read.readId());
		}
		return recorded;
	}

	/** The owner's auditors' view: reads of this agency's records at other installations, newest first. */
	public List<AuditEntry> listRemoteReads(String ownerAgency, int limit) {
		return audit.search(ownerAgency, null, ACTION, null, null, null, limit);
	}
}
