package org.irontrace.simulation;

/** Which files a simulated world is written as. */
public enum WorldView {

	/** Every file, the US custody ledger included (licensees.csv, commerce_events.csv). */
	FULL,
	/**
	 * Only what a recovering agency holds: its recoveries, the tracing centre's answers, its
	 * examiners' ballistic links, its country's firearm registry, and the ground truth to evaluate by.
	 */
	AGENCY
}
