package org.irontrace.federation;

import java.time.Instant;

/**
 * A granted record's trace as its owner computed it and last sent it: the answer, the reason when
 * not traced, where the gun came from, the retail dealer of the first sale and the time-to-crime.
 * Never the purchaser: that stays with the owner's trace.
 *
 * @param heldBy the installation that traced it (and holds the record)
 */
public record ForeignTrace(String heldBy, String status, String reason, Boolean usSourced, Integer timeToCrimeDays,
		String sourceState, String dealerLicence, String dealerName, Instant tracedAt) {
}
