package org.irontrace.simulation;

/**
 * The firearm being written: what is marked on it and what the ledger has recorded of it so far.
 * One instance per gun, dropped once its rows are written: nothing of a gun outlives it.
 */
final class Gun {

	final GunModel model;

	final String serial;

	/** The maker's (or importer's) records never reached the ledger: the gun has no rows at all. */
	final boolean makerRecordsMissing;

	int firstSaleDay = -1;

	String firstSaleEvent;

	Licensee firstSaleDealer;

	/** The buyer as the first recorded sale form wrote them: what the tracing centre answers. */
	RecordedPerson firstPurchaser;

	/** The maker or importer whose records start the chain; null when the gun has no rows. */
	Licensee source;

	/** The dealer the gun was stocked at: where a trace stops when no sale record is found. */
	Licensee stockedAt;

	/** The recorded sale was one of two or more the dealer had to report together (Forms 3310.4, 3310.12). */
	boolean multipleSale;

	/** The last ledger event ended custody at a licensee through theft or loss. */
	boolean endsStolenOrLost;

	Gun(GunModel model, String serial, boolean makerRecordsMissing) {
		this.model = model;
		this.serial = serial;
		this.makerRecordsMissing = makerRecordsMissing;
	}

	boolean inLedger() {
		return !makerRecordsMissing;
	}
}
