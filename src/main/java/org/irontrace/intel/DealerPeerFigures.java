package org.irontrace.intel;

/**
 * A dealer's record against what its state's dealers show for as many sales, with a small-numbers
 * adjustment (empirical-Bayes shrinkage): a count is compared with its expectation after both are
 * given {@link #PRIOR} pseudo-events at the state's rate, so a shop with 3 sales and 1 event is not
 * "50 times the state", while 30 events where 5 were expected still stand out.
 *
 * @param lossDays different days on which it reported guns stolen or lost
 * @param vanished recovered guns last recorded in its inventory with no sale and no loss report
 * @param stateLossDaysPerSale loss-report days per retail sale over its state's dealers
 * @param stateShortTtcPerSale crime guns recovered within 3 years of sale per retail sale in its state
 */
record DealerPeerFigures(long lossDays, long vanished, double stateLossDaysPerSale, double stateShortTtcPerSale) {

	static final double PRIOR = 3;

	/** Its loss-report days against the state's, shrunk: corrupt dealers cover guns they sold off the books by reporting a few lost at a time. */
	double lossDaysRatio(long retailSales) {
		return shrunk(lossDays, retailSales * stateLossDaysPerSale);
	}

	/** Its crime guns recovered within 3 years against the state's, shrunk. */
	double shortTtcRatio(long shortTtc, long retailSales) {
		return shrunk(shortTtc, retailSales * stateShortTtcPerSale);
	}

	private static double shrunk(double observed, double expected) {
		return (observed + PRIOR) / (expected + PRIOR);
	}
}
