package org.irontrace.commerce;

import java.time.LocalDate;

/**
 * One link of a gun's chain of custody.
 *
 * @param fromBusinessName business name of the licensee giving up custody, when registered
 * @param fromState state of that licensee's premises, when registered
 * @param purchaser the unlicensed person of a {@code SOLD} or {@code ACQUIRED} event, else null
 */
public record CustodyEvent(String eventId, EventType type, LocalDate date, String fromLicence, String toLicence,
		String fromBusinessName, String fromState, Purchaser purchaser) {

	/** The retail purchaser as recorded on the sale form. */
	public record Purchaser(String firstName, String lastName, LocalDate dob, String state) {
	}
}
