package org.irontrace.simulation;

/** How a trafficker came to hold one gun: what the ledger can and cannot show of it. */
enum Acquisition {
	/** Bought new at retail by a straw purchaser or the trafficker: a SOLD record, short time-to-crime. */
	NEW_RETAIL,
	/** Bought second-hand from a lawful owner, with no record: the SOLD record is the owner's, years before. */
	FROM_LAWFUL_OWNER,
	/** Taken off the books by a corrupt dealer: no SOLD record, sometimes covered by a LOST report. */
	OFF_BOOK,
	/** Stolen from a dealer's stock: the chain ends with a STOLEN report. */
	STOLEN_FROM_DEALER
}
