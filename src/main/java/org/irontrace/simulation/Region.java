package org.irontrace.simulation;

/** The two destinations of the iron river that DOMAIN.md calibrates. */
enum Region {

	MEXICO, CARIBBEAN;

	Market usMarket() {
		return this == MEXICO ? Market.MEXICO : Market.CARIBBEAN;
	}

	Market foreignMarket() {
		return this == MEXICO ? Market.FOREIGN_MEXICO : Market.FOREIGN_CARIBBEAN;
	}
}
