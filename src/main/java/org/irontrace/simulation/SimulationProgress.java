package org.irontrace.simulation;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/** A one-line progress bar on the terminal while a large world is written. */
final class SimulationProgress implements LongConsumer {

	private static final int WIDTH = 30;

	private final long total;

	private final PrintStream out;

	private final long started = System.nanoTime();

	private boolean shown;

	SimulationProgress(long total, PrintStream out) {
		this.total = total;
		this.out = out;
	}

	@Override
	public void accept(long done) {
		double fraction = Math.min(1.0, (double) done / total);
		int filled = (int) Math.round(fraction * WIDTH);
		double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
		out.printf("\r[%s%s] %3.0f%%  %,d firearms  %,.0f firearms/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
				fraction * 100, done, done / seconds);
		out.flush();
		shown = true;
	}

	void finish() {
		if (shown) {
			out.println();
		}
	}
}
