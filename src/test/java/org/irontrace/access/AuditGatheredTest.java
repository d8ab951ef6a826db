package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reads recorded by concurrent requests, written together: every one is in the trail once, with its
 * own purpose and owners, and the chain stays one sealed sequence an auditor can verify. An append
 * written in two round trips (the lock with the read of the chain's end, the insert with the commit)
 * is written whole or not at all.
 */
@IntegrationTest
class AuditGatheredTest {

	@Autowired
	AuditTrail trail;

	@Test
	void concurrentReadsAreEachInTheTrailOnceAndTheChainVerifies() throws Exception {
		String t = LedgerFixtures.uniqueTag();
		Caller reader = new Caller("reader-" + t.toLowerCase(), "MX-" + t, EnumSet.of(Role.ANALYST));
		ExecutorService requests = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> reads = new ArrayList<>();
			for (int i = 0; i < 160; i++) {
				String subject = "trace:" + t + "-" + i;
				reads.add(requests.submit(() -> trail.recordRead(reader, "READ_PERSONAL_DATA", subject, "case " + t,
						List.of("JM-" + t))));
			}
			for (Future<?> read : reads) {
				read.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			requests.shutdownNow();
		}
		List<AuditEntry> entries = trail.search(null, reader.username(), null, "trace:" + t, null, null, 1000);
		assertThat(entries).hasSize(160)
			.allSatisfy(entry -> {
				assertThat(entry.purpose()).isEqualTo("case " + t);
				assertThat(entry.owners()).containsExactly("JM-" + t);
			});
		assertThat(entries.stream().map(AuditEntry::subject)).doesNotHaveDuplicates();
		assertThat(entries.stream().map(AuditEntry::seq)).doesNotHaveDuplicates();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void oneActOnHundredsOfSubjectsIsWrittenWhole() {
		String t = LedgerFixtures.uniqueTag();
		Caller reader = new Caller("batch-" + t.toLowerCase(), "MX-" + t, EnumSet.of(Role.ANALYST));
		List<String> subjects = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			subjects.add("trace:" + t + "-" + i);
		}
		trail.recordEach(reader, "READ_PERSONAL_DATA", subjects, "case " + t);
		assertThat(trail.search(null, reader.username(), null, "trace:" + t, null, null, 10_000)).hasSize(subjects.size());
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anAppendTheDatabaseRefusesLeavesNoneOfItsEntriesAndTheNextOneIsWritten() {
		String t = LedgerFixtures.uniqueTag();
		Caller reader = new Caller("refused-" + t.toLowerCase(), "MX-" + t, EnumSet.of(Role.ANALYST));
		// PostgreSQL keeps no NUL character in text: the insert fails after the lock was taken.
		List<String> subjects = List.of("trace:" + t + "-1", "trace:" + t + "-\0", "trace:" + t + "-3");
		assertThatThrownBy(() -> trail.recordEach(reader, "READ_PERSONAL_DATA", subjects, "case " + t))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(trail.search(null, reader.username(), null, "trace:" + t, null, null, 10)).isEmpty();
		trail.recordRead(reader, "READ_PERSONAL_DATA", "trace:" + t + "-4", "case " + t, List.of());
		assertThat(trail.search(null, reader.username(), null, "trace:" + t, null, null, 10)).extracting(AuditEntry::subject)
			.containsExactly("trace:" + t + "-4");
		assertThat(trail.verify().intact()).isTrue();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;

	@Autowired
	AuditKey key;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	AuditCheckpoints checkpoints;

	@Test
	void aWriterThatFindsTheChainMovedSealsOnItsRealEnd() {
		String t = LedgerFixtures.uniqueTag();
		Caller reader = new Caller("moved-" + t.toLowerCase(), "MX-" + t, EnumSet.of(Role.ANALYST));
		// Another writer of the same chain, as the command line is beside the server.
		AuditTrail other = new AuditTrail(jdbc, template, key, dataSource, checkpoints);
		for (int i = 0; i < 3; i++) {
			trail.recordRead(reader, "READ_PERSONAL_DATA", "trace:" + t + "-here-" + i, "case " + t, List.of());
			other.recordRead(reader, "READ_PERSONAL_DATA", "trace:" + t + "-there-" + i, "case " + t, List.of());
		}
		List<AuditEntry> entries = trail.search(null, reader.username(), null, "trace:" + t, null, null, 10);
		assertThat(entries).hasSize(6);
		assertThat(entries.stream().map(AuditEntry::seq)).doesNotHaveDuplicates();
		assertThat(trail.verify().intact()).isTrue();
	}
}
