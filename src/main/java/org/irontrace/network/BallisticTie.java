package org.irontrace.network;

import java.time.LocalDate;

/**
 * One strand of a recovered gun's ballistic thread: another gun, or a crime scene's casings, that an
 * examiner tied to it, directly or through the casings of one scene both guns fired at.
 *
 * @param recovery the recovery the thread is read from, {@code AGENCY/RECOVERY_ID}
 * @param kind {@code recovery} (another gun) or {@code case} (a scene's casings)
 * @param nodeId the other end as the link graph names it ({@code recovery:AGENCY/ID}, {@code case:AGENCY/ID})
 * @param serialNumber, manufacturer, recoveryDate the other gun as recovered; null for a case or a recovery not yet received
 * @param throughCase the scene both guns fired at ({@code AGENCY/CASE_ID}) when they are tied through it, else null
 * @param linkDate the examiner's date (the later one when the tie goes through a scene)
 * @param confidence {@code CONFIRMED} or {@code PROBABLE}; a tie through a scene is as sure as its weaker hit
 */
public record BallisticTie(String recovery, String kind, String agency, String id, String nodeId, String serialNumber,
		String manufacturer, LocalDate recoveryDate, String throughCase, LocalDate linkDate, String confidence) {

	public boolean confirmed() {
		return "CONFIRMED".equals(confidence);
	}
}
