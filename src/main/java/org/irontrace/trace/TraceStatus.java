package org.irontrace.trace;

/** The outcome of a trace (FORMATS.md). */
public enum TraceStatus {

	/** The gun was identified and a retail sale precedes the recovery. */
	COMPLETED,
	/** The gun was identified but its chain ends before a retail sale. */
	PARTIAL,
	/** The gun could not be followed: see the reason. */
	NOT_TRACED
}
