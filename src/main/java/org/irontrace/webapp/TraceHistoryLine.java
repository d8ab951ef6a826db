package org.irontrace.webapp;

import java.time.Instant;

import org.irontrace.trace.TraceResult;

/** One earlier (or the current) trace of a recovery, as the history table lists it. */
record TraceHistoryLine(String traceId, Instant tracedAt, String status, String reason, String serialNumber) {

	static TraceHistoryLine of(TraceResult result) {
		return new TraceHistoryLine(result.traceId(), result.tracedAt(), result.status().name(),
				result.reason() == null ? null : result.reason().name(),
				result.firearm() == null ? null : result.firearm().serialNumber());
	}
}
