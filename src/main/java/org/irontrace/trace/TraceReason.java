package org.irontrace.trace;

/**
 * Why a trace did not complete. The order of the {@code NOT_TRACED} reasons is the order in which
 * they are tested: the first that applies is given.
 */
public enum TraceReason {

	SERIAL_MISSING, SERIAL_OBLITERATED, INSUFFICIENT_DESCRIPTION, AMBIGUOUS, FOREIGN_NOT_IMPORTED,
	NO_MANUFACTURER_RECORD,
	/** PARTIAL: the last custody is at a licensee with no disposition. */
	NO_RETAIL_SALE_RECORD,
	/** PARTIAL: a theft or loss from a licensee ends the chain. */
	STOLEN_FROM_LICENSEE
}
