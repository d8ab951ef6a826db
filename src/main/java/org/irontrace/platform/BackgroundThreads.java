package org.irontrace.platform;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for work that runs behind the requests and must keep pace with them (the leads' upkeep).
 * Their connections come from a small pool of their own ({@code irontrace.db.background-pool-size}),
 * so a burst of requests holding every connection of the main pool cannot hold them back, and they
 * in turn never take a connection a request is waiting for.
 */
public final class BackgroundThreads {

	private BackgroundThreads() {
	}

	/** Daemon threads of this name, whose connections come from the background pool. */
	public static ThreadFactory named(String name) {
		return work -> {
			Thread thread = new Background(work, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Whether the calling thread is one of these. */
	static boolean current() {
		return Thread.currentThread() instanceof Background;
	}

	/** The mark the connection pools recognise. */
	private static final class Background extends Thread {

		Background(Runnable work, String name) {
			super(work, name);
		}
	}
}
