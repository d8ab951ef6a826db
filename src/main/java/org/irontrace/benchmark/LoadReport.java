package org.irontrace.benchmark;

import java.io.PrintStream;
import java.util.List;

/**
 * The load benchmark's figures as a table for BENCHMARKS.md, the ratios between phases of the same
 * run, and each goal marked met or not.
 */
final class LoadReport {

	/** Traces a second that bearer-token clients should reach. */
	static final double TOKEN_TRACES_GOAL = 1000;

	/** Token traces against the light read of the same run. */
	static final double TOKEN_TO_LIGHT_GOAL = 0.5;

	/** HTTP Basic traces against token traces. */
	static final double BASIC_TO_TOKEN_GOAL = 0.8;

	/** The 99th percentile of a trace's latency, in ms. */
	static final double P99_GOAL_MS = 50;

	private final PrintStream out;

	LoadReport(PrintStream out) {
		this.out = out;
	}

	void print(LoadPhase.Figures light, LoadPhase.Figures token, LoadPhase.Figures basic, LoadPhase.Figures batch) {
		out.println("| phase | requests/s | traces/s | p50 ms | p95 ms | p99 ms | errors | heap mean / peak / held after a collection MB | DB connections in use mean / peak (pool) | waiting for a connection, peak |");
		out.println("|---|---|---|---|---|---|---|---|---|---|");
		for (LoadPhase.Figures phase : new LoadPhase.Figures[] { light, token, basic, batch }) {
			ServerGauges.Reading g = phase.gauges();
			out.printf("| %s | %,.0f | %s | %.1f | %.1f | %.1f | %d | %d / %d / %s | %.1f / %d (%d) | %d |%n", phase.name(),
					phase.requestsPerSecond(), phase.traces() == 0 ? "-" : String.format("%,.0f", phase.tracesPerSecond()),
					phase.latency().percentileMillis(50), phase.latency().percentileMillis(95),
					phase.latency().percentileMillis(99), phase.errors(), g.meanHeapMb(), g.peakHeapMb(), g.heldAfterCollection(),
					g.meanActive(),
					g.peakActive(), g.poolSize(), g.peakWaiting());
		}
		double tokenToLight = token.tracesPerSecond() / light.requestsPerSecond();
		double basicToToken = basic.tracesPerSecond() / token.tracesPerSecond();
		double tokenP99 = token.latency().percentileMillis(99);
		double basicP99 = basic.latency().percentileMillis(99);
		out.println();
		long requests = light.requests() + token.requests() + basic.requests() + batch.requests();
		long errors = light.errors() + token.errors() + basic.errors() + batch.errors();
		out.println(errors == 0 ? String.format("all %,d requests answered 200", requests)
				: String.format("%,d of %,d requests failed: the figures above do not count", errors, requests));
		out.printf("batch traces/s against single token traces/s: %.2f%n", batch.tracesPerSecond() / token.tracesPerSecond());
		goal(String.format("token traces/s %,.0f >= %,.0f", token.tracesPerSecond(), TOKEN_TRACES_GOAL),
				token.tracesPerSecond() >= TOKEN_TRACES_GOAL);
		goal(String.format("token traces/s / light GET requests/s = %.2f >= %.1f", tokenToLight, TOKEN_TO_LIGHT_GOAL),
				tokenToLight >= TOKEN_TO_LIGHT_GOAL);
		goal(String.format("HTTP Basic traces/s / token traces/s = %.2f >= %.1f", basicToToken, BASIC_TO_TOKEN_GOAL),
				basicToToken >= BASIC_TO_TOKEN_GOAL);
		goal(String.format("trace p99 %.1f ms (token), %.1f ms (Basic) <= %.0f ms", tokenP99, basicP99, P99_GOAL_MS),
				Math.max(tokenP99, basicP99) <= P99_GOAL_MS);
	}

	/**
	 * The paced stream: the rate it held, its latency, and how long after its last trace the leads
	 * showed every trace (issue goal: within {@value #SETTLED_GOAL_SECONDS} s of a minute at 100 a second).
	 */
	void printStream(List<LoadPhase.Figures> minutes, int rate, double settledSeconds) {
		out.println();
		if (minutes.size() > 1) {
			out.println("| minute | traces/s | p50 ms | p99 ms | errors | heap mean / peak MB | held after a collection, lowest MB |");
			out.println("|---|---|---|---|---|---|---|");
			for (int i = 0; i < minutes.size(); i++) {
				LoadPhase.Figures minute = minutes.get(i);
				out.printf("| %d | %,.0f | %.1f | %.1f | %d | %d / %d | %s |%n", i + 1, minute.tracesPerSecond(),
						minute.latency().percentileMillis(50), minute.latency().percentileMillis(99), minute.errors(),
						minute.gauges().meanHeapMb(), minute.gauges().peakHeapMb(), minute.gauges().heldAfterCollection());
			}
		}
		long traces = minutes.stream().mapToLong(LoadPhase.Figures::traces).sum();
		double seconds = minutes.stream().mapToDouble(LoadPhase.Figures::seconds).sum();
		long errors = minutes.stream().mapToLong(LoadPhase.Figures::errors).sum();
		out.printf("%s: %,.0f traces/s held over %.0f s, p50 %.1f ms, p99 %.1f ms (the worst minute's), %d errors%n",
				minutes.get(0).name(), traces / seconds, seconds,
				minutes.stream().mapToDouble(m -> m.latency().percentileMillis(50)).max().orElse(0),
				minutes.stream().mapToDouble(m -> m.latency().percentileMillis(99)).max().orElse(0), errors);
		goal(String.format("leads settled %.2f s after the stream's last trace <= %.0f s", settledSeconds,
				SETTLED_GOAL_SECONDS), settledSeconds <= SETTLED_GOAL_SECONDS);
	}

	/** Seconds after the last trace of a stream by which its leads must show it. */
	static final double SETTLED_GOAL_SECONDS = 5;

	private void goal(String text, boolean met) {
		out.println((met ? "met:     " : "not met: ") + text);
	}
}
