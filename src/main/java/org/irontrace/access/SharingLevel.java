package org.irontrace.access;

/** How much detail an agreement shares, from least to most (FORMATS.md). */
public enum SharingLevel {

	/** Counts and other aggregates; never a record. */
	AGGREGATES_ONLY,
	/** Records, with every personal field of purchasers and possessors withheld. */
	RECORDS_WITHOUT_PERSONAL_DATA,
	/** Records as submitted. */
	FULL;

	public boolean atLeast(SharingLevel other) {
		return compareTo(other) >= 0;
	}
}
