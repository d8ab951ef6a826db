package org.irontrace.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Audit entries of callers that record outside a transaction of their own (the API's reads, one
 * request each) written together: the chain takes one writer at a time, so under concurrent requests
 * each of them used to queue for the chain's lock and then hold it for three round trips of its own.
 * Now the caller that finds no append under way writes its entries and every entry that arrived
 * meanwhile in one transaction, one turn of the lock; the others wait for that transaction, then the
 * next of them writes what arrived during it. Every caller still returns only once its own entries
 * are committed, and sees the failure if their transaction fails: nothing is shown before it is in
 * the trail, as before (SECURITY.md, "The audit trail").
 */
final class GatheredAppends {

	/** Entries one caller records together, and whether they are committed. */
	record Appended(List<AuditTrail.Draft> entries, CompletableFuture<Void> committed) {
	}

	private final Object lock = new Object();

	private final Consumer<List<AuditTrail.Draft>> writeInOneTransaction;

	private List<Appended> waiting = new ArrayList<>();

	private boolean writing;

	GatheredAppends(Consumer<List<AuditTrail.Draft>> writeInOneTransaction) {
		this.writeInOneTransaction = writeInOneTransaction;
	}

	/** Appends these entries, with whatever others wait, and returns once they are committed. */
	void append(List<AuditTrail.Draft> entries) {
		Appended mine = new Appended(entries, new CompletableFuture<>());
		List<Appended> batch;
		synchronized (lock) {
			waiting.add(mine);
			while (writing && !mine.committed().isDone()) {
				awaitTurn();
			}
			if (mine.committed().isDone()) {
				batch = List.of();
			}
			else {
				batch = waiting;
				waiting = new ArrayList<>();
				writing = true;
			}
		}
		if (!batch.isEmpty()) {
			write(batch);
		}
		try {
			mine.committed().join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException failed ? failed : e;
		}
	}

	private void write(List<Appended> batch) {
		try {
			writeInOneTransaction.accept(batch.stream().flatMap(appended -> appended.entries().stream()).toList());
			batch.forEach(appended -> appended.committed().complete(null));
		}
		catch (RuntimeException | Error e) {
			batch.forEach(appended -> appended.committed().completeExceptionally(e));
		}
		finally {
			synchronized (lock) {
				writing = false;
				lock.notifyAll();
			}
		}
	}

	private void awaitTurn() {
		try {
			lock.wait();
		}
		catch (InterruptedException e) {
			// The caller fails and shows nothing; its entry may still be written with the next ones, so the
			// trail may name a read whose answer was never sent, never the reverse.
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the audit trail was written", e);
		}
	}
}
