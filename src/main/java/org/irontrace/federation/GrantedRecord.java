package org.irontrace.federation;

import org.irontrace.recovery.Recovery;

/**
 * One record another installation's agency grants the caller's agency, as a foreign recovery's page
 * shows it: the recovery (personal fields only at FULL), its owner's trace when TRACES is granted
 * and the gun was traced, and the level it is held at.
 */
public record GrantedRecord(Recovery recovery, ForeignTrace trace, String level) {

	/** The installation that holds the record and answers for it. */
	public String heldBy() {
		return recovery.agency().substring(0, recovery.agency().indexOf(':'));
	}
}
