package org.irontrace.trace;

import org.irontrace.imports.ImportFinished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a file of tracing-authority answers is in, the recoveries they answer are traced again
 * before the sender reads the import report, so the report's sender sees the answers at once.
 */
@Component
class TracesFollowAnswers {

	private final TraceService traces;

	TracesFollowAnswers(TraceService traces) {
		this.traces = traces;
	}

	@EventListener
	void on(ImportFinished finished) {
		if (finished.kind().equals("trace-results")) {
			traces.traceAnswered();
		}
	}
}
