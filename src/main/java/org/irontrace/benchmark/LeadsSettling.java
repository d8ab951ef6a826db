package org.irontrace.benchmark;

import org.irontrace.intel.LeadUpkeep;

/** Waiting for the leads to follow everything so far, as the benchmarks that time it or time around it do. */
final class LeadsSettling {

	private LeadsSettling() {
	}

	/** Waits until the leads have settled or {@code longestNanos} have passed; answers whether they settled. */
	static boolean await(LeadUpkeep upkeep, long longestNanos) throws InterruptedException {
		long start = System.nanoTime();
		boolean settled;
		while (!(settled = upkeep.status().settled()) && System.nanoTime() - start < longestNanos) {
			Thread.sleep(100);
		}
		return settled;
	}
}
