package org.irontrace.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples the heap while something runs: the peak of used heap, and the peak of what survives
 * garbage collection (the figure that grows when memory grows with the input).
 */
final class HeapWatch implements AutoCloseable {

	private final Thread sampler;

	private volatile boolean running = true;

	private volatile long peakUsed;

	private volatile long peakAfterGc;

	HeapWatch() {
		sampler = new Thread(this::sample, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		while (running) {
			long used = 0;
			long afterGc = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					used += pool.getUsage().getUsed();
					if (pool.getCollectionUsage() != null) {
						afterGc += pool.getCollectionUsage().getUsed();
					}
				}
			}
			peakUsed = Math.max(peakUsed, used);
			peakAfterGc = Math.max(peakAfterGc, afterGc);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	long peakUsedMb() {
		return peakUsed / (1024 * 1024);
	}

	long peakAfterGcMb() {
		return peakAfterGc / (1024 * 1024);
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}
}
