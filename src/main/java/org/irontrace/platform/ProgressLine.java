package org.irontrace.platform;

import java.io.PrintStream;

/** A one-line progress bar on the terminal for long commands: share done, count and rate. */
public final class ProgressLine {

	private static final int WIDTH = 30;

	private final String unit;

	private final PrintStream out;

	private final long started = System.nanoTime();

	private boolean shown;

	public ProgressLine(String unit, PrintStream out) {
		this.unit = unit;
		this.out = out;
	}

	/** Redraws the line: {@code fraction} of the work done, {@code count} units so far. */
	public void show(double fraction, long count) {
		double done = Math.max(0, Math.min(1.0, fraction));
		int filled = (int) Math.round(done * WIDTH);
		double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
		out.printf("\r[%s%s] %3.0f%%  %,d %s  %,.0f %s/s", "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100,
				count, unit, count / seconds, unit);
		out.flush();
		shown = true;
	}

	/** Ends the line, if anything was drawn. */
	public void finish() {
		if (shown) {
			out.println();
		}
	}
}
