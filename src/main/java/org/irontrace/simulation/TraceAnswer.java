package org.irontrace.simulation;

/**
 * The tracing centre's answer to one request, in its own words (FORMATS.md, trace_results.csv).
 *
 * @param status {@code COMPLETED}, {@code DEALER_ONLY}, {@code SOURCE_ONLY} or {@code NOT_TRACED}
 * @param reason the centre's wording of why the trace stopped, or null
 * @param identified the centre found the gun itself (its columns carry the true marks, not the request's)
 * @param requestAtFault the request, not the records, stopped the trace: a corrected request would get further
 */
record TraceAnswer(String status, String reason, boolean identified, boolean requestAtFault) {

	static final String COMPLETED = "COMPLETED";

	static final String DEALER_ONLY = "DEALER_ONLY";

	static final String SOURCE_ONLY = "SOURCE_ONLY";

	static final String NOT_TRACED = "NOT_TRACED";

	static TraceAnswer notTraced(String reason) {
		return new TraceAnswer(NOT_TRACED, reason, false, false);
	}

	static TraceAnswer badRequest(String reason) {
		return new TraceAnswer(NOT_TRACED, reason, false, true);
	}

	static TraceAnswer found(String status, String reason) {
		return new TraceAnswer(status, reason, true, false);
	}

	boolean completed() {
		return COMPLETED.equals(status);
	}

	/** The chain was followed as far as a dealer or the purchaser: the answer names a dealer. */
	boolean namesDealer() {
		return COMPLETED.equals(status) || DEALER_ONLY.equals(status);
	}
}
