package org.irontrace.intel;

/**
 * A dealer's crime-gun rate set against its state's peers (ATF "demand letter 1" practice): traces
 * of guns it sold first per 1,000 of its retail sales, and the state's rate over all its dealers.
 *
 * @param shortTimeToCrime traces with a time-to-crime under 3 years
 */
record DealerCrimeGunRate(String licence, String state, long retailSales, long traces, long shortTimeToCrime,
		long stateSales, long stateTraces) {

	/** Traces per 1,000 retail sales; 0 for a dealer with no recorded sales. */
	double perThousand() {
		return retailSales == 0 ? 0 : 1000.0 * traces / retailSales;
	}

	double statePerThousand() {
		return stateSales == 0 ? 0 : 1000.0 * stateTraces / stateSales;
	}

	/**
	 * How many times the state's rate this dealer's is. A dealer whose sales alone cannot support a
	 * ratio (under 20 sales) is compared as if it had 20, so a single trace of a tiny shop is not a spike.
	 */
	double timesStateRate() {
		double state = statePerThousand();
		if (state == 0) {
			return traces == 0 ? 0 : traces;
		}
		return 1000.0 * traces / Math.max(retailSales, 20) / state;
	}

	/** Share of its traced guns recovered within 3 years of sale. */
	double shortTimeToCrimeShare() {
		return traces == 0 ? 0 : (double) shortTimeToCrime / traces;
	}
}
