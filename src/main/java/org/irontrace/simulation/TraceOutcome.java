package org.irontrace.simulation;

/**
 * What became of one recovery's trace, as ground truth records it.
 *
 * @param submitted the agency sent a trace request
 * @param traceNumber the centre's number, null when never submitted
 * @param answer the answer in force (the latest), null when none has come back
 * @param resultDay day of that answer, -1 when none
 * @param corrected a second, later answer superseded the first
 */
record TraceOutcome(boolean submitted, String traceNumber, TraceAnswer answer, int resultDay, boolean corrected) {

	/** Never submitted: the agency's backlog. */
	static final TraceOutcome BACKLOG = new TraceOutcome(false, null, null, -1, false);

	static TraceOutcome pending(String traceNumber) {
		return new TraceOutcome(true, traceNumber, null, -1, false);
	}

	/** {@code NOT_SUBMITTED}, {@code PENDING} or the status of the answer in force. */
	String state() {
		return !submitted ? "NOT_SUBMITTED" : answer == null ? "PENDING" : answer.status();
	}

	JsonObject addTo(JsonObject truth, WorldCalendar calendar) {
		return truth.field("trace_state", state())
			.field("trace_number", traceNumber)
			.field("trace_reason", answer == null ? null : answer.reason())
			.field("trace_result_date", resultDay < 0 ? null : calendar.iso(resultDay))
			.field("trace_identified", answer != null && answer.identified())
			.field("trace_corrected", corrected);
	}
}
