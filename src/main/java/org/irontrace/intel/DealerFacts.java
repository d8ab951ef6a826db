package org.irontrace.intel;

import java.util.List;

/**
 * What the records say about one dealer: its crime-gun rate, recovered guns whose record ends at its
 * counter with no sale, and its theft and loss reports.
 *
 * @param leftTheBooks recovered guns last held by this dealer with no retail sale recorded (or reported lost or stolen)
 * @param lossReports STOLEN and LOST reports it filed; {@code largestLoss} the most guns on one day
 * @param peers how its losses and quick recoveries compare with its state's dealers; null when not measured
 */
record DealerFacts(DealerCrimeGunRate rate, String businessName, long leftTheBooks, long lossReports, long largestLoss,
		List<String> agencies, List<String> shortTtcGuns, List<String> leftBooksGuns, DealerPeerFigures peers) {

	DealerFacts(DealerCrimeGunRate rate, String businessName, long leftTheBooks, long lossReports, long largestLoss,
			List<String> agencies, List<String> shortTtcGuns, List<String> leftBooksGuns) {
		this(rate, businessName, leftTheBooks, lossReports, largestLoss, agencies, shortTtcGuns, leftBooksGuns, null);
	}
}
