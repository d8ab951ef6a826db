package org.irontrace.federation;

import java.time.Instant;

/**
 * A granted record's trace as its owner computed it and last sent it: the answer, the reason when
 * not traced, where the gun came from, the retail dealer of the first sale and the time-to-crime.
 * The first retail purchaser only when the record is granted at FULL (its owner withholds it below).
 *
 * @param heldBy the installation that traced it (and holds the record)
 * @param purchaser the first retail purchaser the trace found; null below FULL or when it found none
 */
public record ForeignTrace(String heldBy, String status, String reason, Boolean usSourced, Integer timeToCrimeDays,
		String sourceState, String dealerLicence, String dealerName, Instant tracedAt,
		org.irontrace.trace.TraceResult.Purchaser purchaser) {
}
