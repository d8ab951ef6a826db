package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Reads recorded by concurrent requests are written together, yet each request goes on only once its
 * own entry is in the trail, and one whose entry could not be written fails.
 */
class GatheredAppendsTest {

	@Test
	void aCallerReturnsOnlyOnceItsOwnEntryIsCommittedAndConcurrentCallersShareTransactions() throws Exception {
		List<String> committed = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger transactions = new AtomicInteger();
		CountDownLatch firstWriting = new CountDownLatch(1);
		CountDownLatch othersQueued = new CountDownLatch(1);
		GatheredAppends appends = new GatheredAppends(entries -> {
			transactions.incrementAndGet();
			firstWriting.countDown();
			await(othersQueued);
			entries.forEach(entry -> committed.add(entry.subject()));
		});
		ExecutorService callers = Executors.newFixedThreadPool(9);
		try {
			Future<?> first = callers.submit(() -> {
				appends.append(List.of(draft("trace:0")));
				assertThat(committed).contains("trace:0");
			});
			await(firstWriting);
			List<Future<?>> others = new ArrayList<>();
			for (int i = 1; i <= 8; i++) {
				String subject = "trace:" + i;
				others.add(callers.submit(() -> {
					appends.append(List.of(draft(subject)));
					assertThat(committed).as("returned only once its entry is committed").contains(subject);
				}));
			}
			Thread.sleep(500);
			assertThat(committed).as("nobody writes while the first transaction is open").isEmpty();
			othersQueued.countDown();
			first.get(10, TimeUnit.SECONDS);
			for (Future<?> other : others) {
				other.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(committed).hasSize(9).doesNotHaveDuplicates();
		// Eight queued behind the first: one transaction for them (two if one came late on a busy machine),
		// where each caller wrote its own before.
		assertThat(transactions.get()).as("the callers queued behind the first share transactions").isBetween(2, 3);
	}

	@Test
	void aFailedWriteFailsTheCallersWhoseEntriesItHeldAndTheNextWriteStillHappens() {
		AtomicInteger calls = new AtomicInteger();
		List<String> committed = new ArrayList<>();
		GatheredAppends appends = new GatheredAppends(entries -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("database gone");
			}
			entries.forEach(entry -> committed.add(entry.subject()));
		});
		assertThatThrownBy(() -> appends.append(List.of(draft("trace:lost")))).hasMessage("database gone");
		appends.append(List.of(draft("trace:kept")));
		assertThat(committed).containsExactly("trace:kept");
	}

	private static AuditTrail.Draft draft(String subject) {
		return new AuditTrail.Draft("analyst", "MX", "READ_PERSONAL_DATA", subject, null, List.of());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
