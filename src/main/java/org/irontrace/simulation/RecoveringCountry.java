package org.irontrace.simulation;

/**
 * A country whose agencies recover guns and ask for traces.
 *
 * @param usSourcedShare share (0-1) of its traced guns that came from the US (recovering_countries.csv
 *     cites each), or NaN when the country publishes none and takes what balances its region
 * @param regionUsSourcedShare the share (0-1) its whole region publishes
 * @param nationalAgency code of the national agency submitting recoveries
 * @param stateAgencyPrefix prefix of state agencies' codes (Mexico's state prosecutors), null when none
 */
record RecoveringCountry(String country, Region region, double usSourcedShare, double regionUsSourcedShare, String nationalAgency,
		String stateAgencyPrefix, Culture culture) {

	boolean publishesShare() {
		return !Double.isNaN(usSourcedShare);
	}
}
