package org.irontrace.intel;

import java.time.Duration;

/** Waiting, as an analyst would by watching the leads status, until the leads have caught up. */
final class Settled {

	private Settled() {
	}

	/** Whether the upkeep had nothing left to do within this time. */
	static boolean within(LeadUpkeep upkeep, Duration most) throws InterruptedException {
		long deadline = System.nanoTime() + most.toNanos();
		while (!upkeep.status().settled() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return upkeep.status().settled();
	}
}
