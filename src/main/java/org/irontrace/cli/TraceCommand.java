package org.irontrace.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.irontrace.platform.NotFoundException;
import org.irontrace.trace.TraceResult;
import org.irontrace.trace.TraceService;
import org.irontrace.trace.TraceStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code irontrace trace --agency A --all} or {@code --recovery R}: trace from the command line. */
@Command(name = "trace", description = "Trace one recovery, or every untraced recovery of an agency (or of every agency).")
class TraceCommand implements Callable<Integer> {

	private final TraceService traces;

	@Option(names = "--agency", description = "the agency whose recoveries to trace (with --all: every agency when left out)")
	String agency;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Which which;

	static class Which {

		@Option(names = "--all", description = "every recovery of the agency without a trace result")
		boolean all;

		@Option(names = "--recovery", description = "one recovery id")
		String recoveryId;
	}

	TraceCommand(TraceService traces) {
		this.traces = traces;
	}

	@Override
	public Integer call() {
		if (which.all) {
			Map<TraceStatus, Long> counts = agency == null ? traces.traceEveryAgency()
					: traces.traceUntraced(agency, traced -> System.err.printf("\r%,d recoveries traced", traced));
			System.err.println();
			long total = counts.values().stream().mapToLong(Long::longValue).sum();
			System.out.printf("%s: %,d recoveries traced", agency == null ? "every agency" : agency, total);
			counts.forEach((status, count) -> System.out.printf(", %,d %s", count, status));
			System.out.println();
			return 0;
		}
		if (agency == null) {
			System.err.println("--recovery needs --agency: a recovery id is unique within its agency");
			return 2;
		}
		try {
			TraceResult result = traces.trace(agency, which.recoveryId);
			System.out.println(TraceSummary.of(result));
			return 0;
		}
		catch (NotFoundException e) {
			System.err.println(e.getMessage());
			return 2;
		}
	}
}
