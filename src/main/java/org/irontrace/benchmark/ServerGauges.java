package org.irontrace.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Samples, every {@link #EVERY_MILLIS} ms while a phase runs, the heap in use and the database
 * connections of the server's pool: in use, open, and callers waiting for one (the sign that the
 * pool, not the CPU, is the limit).
 */
final class ServerGauges {

	static final long EVERY_MILLIS = 200;

	/** A phase's samples summed up. */
	record Reading(int samples, long meanHeapMb, long peakHeapMb, double meanActive, int peakActive, int poolSize,
			int peakWaiting) {

		String summary() {
			return String.format("heap mean %d MB, peak %d MB; DB connections in use mean %.1f, peak %d of %d open;"
					+ " waiting for one: peak %d (%d samples)", meanHeapMb, peakHeapMb, meanActive, peakActive, poolSize,
					peakWaiting, samples);
		}
	}

	private final HikariPoolMXBean pool;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private Thread sampler;

	private volatile boolean running;

	private long samples;

	private long heapSum;

	private long heapPeak;

	private long activeSum;

	private int activePeak;

	private int openPeak;

	private int waitingPeak;

	ServerGauges(HikariPoolMXBean pool) {
		this.pool = pool;
	}

	synchronized void start() {
		samples = heapSum = heapPeak = activeSum = 0;
		activePeak = openPeak = waitingPeak = 0;
		running = true;
		sampler = new Thread(this::sampleUntilStopped, "load-gauges");
		sampler.setDaemon(true);
		sampler.start();
	}

	Reading stop() throws InterruptedException {
		running = false;
		sampler.interrupt();
		sampler.join();
		synchronized (this) {
			long n = Math.max(samples, 1);
			return new Reading((int) samples, heapSum / n / (1024 * 1024), heapPeak / (1024 * 1024),
					(double) activeSum / n, activePeak, openPeak, waitingPeak);
		}
	}

	private void sampleUntilStopped() {
		while (running) {
			synchronized (this) {
				long heap = memory.getHeapMemoryUsage().getUsed();
				int active = pool.getActiveConnections();
				samples++;
				heapSum += heap;
				heapPeak = Math.max(heapPeak, heap);
				activeSum += active;
				activePeak = Math.max(activePeak, active);
				openPeak = Math.max(openPeak, pool.getTotalConnections());
				waitingPeak = Math.max(waitingPeak, pool.getThreadsAwaitingConnection());
			}
			try {
				Thread.sleep(EVERY_MILLIS);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}
}
