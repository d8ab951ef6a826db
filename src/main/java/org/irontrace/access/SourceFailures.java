package org.irontrace.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The wrong passwords sent from one network address: how many in all, how many to each account, and
 * when the last one came. Kept in memory only: a restart forgives everyone.
 */
final class SourceFailures {

	private final Map<String, Integer> byAccount = new HashMap<>();

	private int total;

	private Instant last = Instant.EPOCH;

	/** Counts a wrong password; after {@code quiet} without one, the count starts again. */
	synchronized void failed(String username, Instant at, java.time.Duration quiet) {
		if (last.plus(quiet).isBefore(at)) {
			byAccount.clear();
			total = 0;
		}
		byAccount.merge(username, 1, Integer::sum);
		total++;
		last = at;
	}

	/** A right password for this account from here: its failures from here are forgiven. */
	synchronized void succeeded(String username) {
		Integer forgiven = byAccount.remove(username);
		if (forgiven != null) {
			total -= forgiven;
		}
	}

	synchronized void forget(String username) {
		succeeded(username);
	}

	synchronized int on(String username) {
		return byAccount.getOrDefault(username, 0);
	}

	synchronized int total() {
		return total;
	}

	synchronized Instant last() {
		return last;
	}
}
