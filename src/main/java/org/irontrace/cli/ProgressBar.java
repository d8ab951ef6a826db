package org.irontrace.cli;

import java.io.PrintStream;

import org.irontrace.imports.ImportProgress;

/** A one-line progress bar on the terminal for imports of large files. */
final class ProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private static final long WORTH_SHOWING = 1_000_000;

	private final long totalBytes;

	private final PrintStream out;

	private final long started = System.nanoTime();

	private boolean shown;

	ProgressBar(long totalBytes, PrintStream out) {
		this.totalBytes = totalBytes;
		this.out = out;
	}

	@Override
	public void advanced(long rowsRead, long bytesRead) {
		if (totalBytes < WORTH_SHOWING) {
			return;
		}
		double done = Math.min(1.0, (double) bytesRead / totalBytes);
		int filled = (int) Math.round(done * WIDTH);
		double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
		out.printf("\r[%s%s] %3.0f%%  %,d rows  %,.0f rows/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
				done * 100, rowsRead, rowsRead / seconds);
		out.flush();
		shown = true;
	}

	void finish() {
		if (shown) {
			out.println();
		}
	}
}
