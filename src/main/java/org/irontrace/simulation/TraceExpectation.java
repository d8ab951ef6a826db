package org.irontrace.simulation;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.Manufacturer;

/**
 * The trace result FORMATS.md's status rules should give a recovery, known from ground truth: what
 * the tracing engine is measured against. A restored partial serial or a look-alike misread is
 * expected to leave one candidate (the world's serials are sparse), hence a completed or partial trace.
 *
 * @param status {@code COMPLETED}, {@code PARTIAL} or {@code NOT_TRACED}
 * @param reason null when completed
 */
record TraceExpectation(String status, String reason) {

	/** The catalogue the tracing engine reads makers with: it decides which makers make no guns in the US. */
	private static final Catalog CATALOG = new Catalog();

	static TraceExpectation of(FirearmDescription seen, Gun gun, boolean foreignNeverImported, int recoveryDay) {
		if (seen.serial() == null && seen.partialSerial() == null) {
			return notTraced(seen.obliterated() ? "SERIAL_OBLITERATED" : "SERIAL_MISSING");
		}
		boolean recorded = gun.inLedger() && !foreignNeverImported;
		if (seen.manufacturer() == null) {
			// The world's serials are unique, so a recorded gun's serial alone decides.
			return recorded ? fromChain(gun, recoveryDay) : notTraced("INSUFFICIENT_DESCRIPTION");
		}
		if (!recorded) {
			return notTraced(madeAbroad(seen) ? "FOREIGN_NOT_IMPORTED" : "NO_MANUFACTURER_RECORD");
		}
		return fromChain(gun, recoveryDay);
	}

	/**
	 * FORMATS.md: made outside the US as the agency says, or, when it does not say, because the
	 * maker it names makes no guns in the US.
	 */
	private static boolean madeAbroad(FirearmDescription seen) {
		if (seen.country() != null) {
			return !"US".equals(seen.country());
		}
		Manufacturer maker = CATALOG.manufacturer(seen.manufacturer());
		return maker.known() && !maker.makesInUs() && maker.country() != null && !"US".equals(maker.country());
	}

	private static TraceExpectation fromChain(Gun gun, int recoveryDay) {
		if (gun.firstSaleDay >= 0 && gun.firstSaleDay <= recoveryDay) {
			return new TraceExpectation("COMPLETED", null);
		}
		return new TraceExpectation("PARTIAL", gun.endsStolenOrLost ? "STOLEN_FROM_LICENSEE" : "NO_RETAIL_SALE_RECORD");
	}

	private static TraceExpectation notTraced(String reason) {
		return new TraceExpectation("NOT_TRACED", reason);
	}

	boolean completed() {
		return "COMPLETED".equals(status);
	}
}
