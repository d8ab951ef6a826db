package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;

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
 * own purpose and owners, and the chain stays one sealed sequence an auditor can verify.
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
}
