package org.irontrace.commerce;

/**
 * The kinds of custody event, in the order they happen to a gun on one day (a gun made and shipped
 * the same day is made first).
 */
public enum EventType {

	MANUFACTURED, IMPORTED, TRANSFERRED, ACQUIRED, SOLD, STOLEN, LOST, EXPORTED;

	/** Events in which a licensee gives up custody: the giver must be named. */
	public boolean needsFromLicence() {
		return this == TRANSFERRED || this == SOLD || this == STOLEN || this == LOST || this == EXPORTED;
	}

	/** Events in which a licensee takes custody: the taker must be named. */
	public boolean needsToLicence() {
		return this == MANUFACTURED || this == IMPORTED || this == TRANSFERRED || this == ACQUIRED;
	}

	/** A theft or loss from a licensee's inventory. */
	public boolean isLossFromLicensee() {
		return this == STOLEN || this == LOST;
	}
}
