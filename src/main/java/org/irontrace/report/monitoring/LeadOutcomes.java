package org.irontrace.report.monitoring;

import java.util.Map;

/**
 * The leads raised on an agency's records and what became of them: how many are open in each
 * status, and the outcomes recorded, so the agency (and later work) can see which leads pay off.
 *
 * @param raised active leads resting on the agency's recoveries
 * @param byStatus those leads by status (NEW, IN_REVIEW, REFERRED, CLOSED)
 * @param byOutcome those with a recorded outcome, by outcome (CHARGED, DEALER_INSPECTED, NO_ACTION)
 */
public record LeadOutcomes(String agency, long raised, Map<String, Long> byStatus, Map<String, Long> byOutcome) {
}
