package org.irontrace.commerce;

import java.time.LocalDate;

/**
 * One link of a gun's chain of custody.
 *
 * @param fromBusinessName business name of the licensee giving up custody, when registered
 * @param fromState state of that licensee's premises, when registered
 * @param purchaser the unlicensed person of a {@code SOLD} or {@code ACQUIRED} event, else null
 * @param source {@code LEDGER} for a row of the custody ledger, {@code TRACE_RESULT} for a link a
 *     tracing authority's answer proves
 * @param traceNumber the authority's trace number of that answer, else null
 * @param sentBy who sent the row: the user whose import added it, {@code installation} for the
 *     command line, null where not recorded (rows older than the record of senders)
 */
public record CustodyEvent(String eventId, EventType type, LocalDate date, String fromLicence, String toLicence,
		String fromBusinessName, String fromState, Purchaser purchaser, String source, String traceNumber,
		String sentBy) {

	/** A row of the custody ledger. */
	public CustodyEvent(String eventId, EventType type, LocalDate date, String fromLicence, String toLicence,
			String fromBusinessName, String fromState, Purchaser purchaser) {
		this(eventId, type, date, fromLicence, toLicence, fromBusinessName, fromState, purchaser, "LEDGER", null, null);
	}

	/** Whether a tracing authority's answer, not the ledger, says this. */
	public boolean fromTraceResult() {
		return "TRACE_RESULT".equals(source);
	}

	/** The retail purchaser as recorded on the sale form. */
	public record Purchaser(String firstName, String lastName, LocalDate dob, String state) {
	}
}
