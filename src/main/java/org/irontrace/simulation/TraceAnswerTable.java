package org.irontrace.simulation;

import java.io.PrintStream;
import java.util.List;

/** Prints the tracing centre's answer mix per recovering country, after the calibration table. */
final class TraceAnswerTable {

	private TraceAnswerTable() {
	}

	static void print(List<TraceAnswerMix> mix, PrintStream out) {
		String format = "%-7s %9s %8s %8s %9s %10s %11s %11s %10s %10s  %s%n";
		out.println();
		out.println("Trace answers of the US tracing centre (answer in force; % of answered)");
		out.printf(format, "country", "recovered", "backlog", "pending", "answered", "COMPLETED", "DEALER_ONLY",
				"SOURCE_ONLY", "NOT_TRACED", "corrected", "main reasons");
		for (TraceAnswerMix row : mix) {
			out.printf(format, row.country(), row.recovered(), row.backlog(), row.pending(), row.answered(),
					percent(row.completed(), row.answered()), percent(row.dealerOnly(), row.answered()),
					percent(row.sourceOnly(), row.answered()), percent(row.notTraced(), row.answered()), row.corrected(),
					String.join(", ", row.topReasons()));
		}
	}

	private static String percent(long part, long whole) {
		return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}
}
