package org.irontrace.trace;

import java.time.Instant;

/**
 * One line of a list of traces: the current answer for one recovery, with the facts an analyst
 * scans a list for (what it is, how it ended, how soon after the sale it was recovered).
 */
public record TraceSummary(String traceId, String agency, String recoveryId, Instant tracedAt, TraceStatus status,
		TraceReason reason, String manufacturer, String firearmType, String caliber, Integer timeToCrimeDays) {
}
