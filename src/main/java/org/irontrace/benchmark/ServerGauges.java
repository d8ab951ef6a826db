package org.irontrace.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Samples, every {@link #EVERY_MILLIS} ms while a phase runs, the heap in use and the database
 * connections of the server's pool: in use, open, and callers waiting for one (the sign that the
 * pool, not the CPU, is the limit). The heap in use swings with the collector's rhythm (a larger
 * young generation under more allocation), so the heap left right after each collection is kept
 * too: its lowest value in a phase is what the server holds on to, and it is what must stay flat.
 */
final class ServerGauges {

	static final long EVERY_MILLIS = 200;

	/** A phase's samples summed up. */
	record Reading(int samples, long meanHeapMb, long peakHeapMb, long heldAfterCollectionMb, double meanActive,
			int peakActive, int poolSize, int peakWaiting) {

		String summary() {
			return String.format("heap mean %d MB, peak %d MB, %s MB after a collection (lowest); DB connections in use"
					+ " mean %.1f, peak %d of %d open; waiting for one: peak %d (%d samples)", meanHeapMb, peakHeapMb,
					heldAfterCollection(), meanActive, peakActive, poolSize, peakWaiting, samples);
		}

		/** The lowest heap right after a collection in the phase, or "-" when none ran. */
		String heldAfterCollection() {
			return heldAfterCollectionMb < 0 ? "-" : Long.toString(heldAfterCollectionMb);
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

	/** The lowest heap in use right after a collection since {@link #start()}, or -1. */
	private long heldAfterCollection = -1;

	ServerGauges(HikariPoolMXBean pool) {
		this.pool = pool;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this::collected, null, null);
			}
		}
	}

	/** After each collection: the heap its pools hold once it is done. */
	private void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
		long held = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage after = pool.getType() == MemoryType.HEAP ? info.getMemoryUsageAfterGc().get(pool.getName()) : null;
			held += after == null ? 0 : after.getUsed();
		}
		synchronized (this) {
			heldAfterCollection = heldAfterCollection < 0 ? held : Math.min(heldAfterCollection, held);
		}
	}

	synchronized void start() {
		samples = heapSum = heapPeak = activeSum = 0;
		heldAfterCollection = -1;
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
					heldAfterCollection < 0 ? -1 : heldAfterCollection / (1024 * 1024), (double) activeSum / n, activePeak, openPeak, waitingPeak);
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
