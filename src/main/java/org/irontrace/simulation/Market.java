package org.irontrace.simulation;

/** Where a gun is bound, which decides the mix of models it is drawn from. */
enum Market {

	/** Lawful retail sales in the US. */
	US_RETAIL,
	/** Bought in the US and trafficked to Mexico. */
	MEXICO,
	/** Bought in the US and trafficked to the Caribbean. */
	CARIBBEAN,
	/** Made abroad, never imported into the US, recovered in Mexico. */
	FOREIGN_MEXICO,
	/** Made abroad, never imported into the US, recovered in the Caribbean. */
	FOREIGN_CARIBBEAN
}
