package org.irontrace.cli;

import java.io.PrintStream;

import org.irontrace.imports.ImportProgress;
import org.irontrace.platform.ProgressLine;

/** The progress of an import of a large file, by bytes read, shown on the terminal. */
final class ProgressBar implements ImportProgress {

	private static final long WORTH_SHOWING = 1_000_000;

	private final long totalBytes;

	private final ProgressLine line;

	ProgressBar(long totalBytes, PrintStream out) {
		this.totalBytes = totalBytes;
		this.line = new ProgressLine("rows", out);
	}

	@Override
	public void advanced(long rowsRead, long bytesRead) {
		if (totalBytes >= WORTH_SHOWING) {
			line.show((double) bytesRead / totalBytes, rowsRead);
		}
	}

	void finish() {
		line.finish();
	}
}
