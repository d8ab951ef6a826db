package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.platform.Wording;

/**
 * Weighs a dealer's record: a crime-gun rate far above its state's peers, many guns recovered soon
 * after sale, guns that left its books without a sale and turned up in crime, and repeated or large
 * theft and loss reports (Form 3310.11). Where the state's figures are known
 * ({@link DealerPeerFigures}), the score sets counts against what its peers show for as many
 * sales, shrunk for small numbers, so the ranking does not hang on one world's big shops.
 */
final class DealerAssessment {

	/** A loss report of this many guns on one day, or this many reports, is out of the ordinary. */
	static final int LARGE_LOSS = 5;

	static final int REPEATED_LOSSES = 3;

	/**
	 * Weights of the peer comparison. Loss reports on many days weigh most: a corrupt dealer covers
	 * guns it sold off the books by reporting a few lost at a time, while a burglary victim reports
	 * many on one day. Quick recoveries next; guns that vanished with no sale and no report add.
	 */
	static final double LOSS_DAYS_WEIGHT = 3;

	static final double SHORT_TTC_WEIGHT = 2;

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	LeadDraft assess(DealerFacts facts) {
		DealerCrimeGunRate rate = facts.rate();
		List<Evidence> evidence = new ArrayList<>();
		double times = rate.timesStateRate();
		DealerPeerFigures peers = facts.peers();
		double score = peers == null
				? 2.0 * log2(1 + times) + 0.5 * rate.shortTimeToCrime() + 1.5 * facts.leftTheBooks()
				: LOSS_DAYS_WEIGHT * log2(1 + peers.lossDaysRatio(rate.retailSales()))
						+ SHORT_TTC_WEIGHT * log2(1 + peers.shortTtcRatio(rate.shortTimeToCrime(), rate.retailSales()))
						+ log2(1 + peers.vanished());
		if (times >= 2 && rate.traces() >= 2) {
			evidence.add(Evidence.of("DEALER_CRIME_GUN_RATE", String.format(
					"%d crime guns traced to its %d retail sales: %.1f per 1,000 sales, %.1f times the %s average of %.1f",
					rate.traces(), rate.retailSales(), rate.perThousand(), times, rate.state(), rate.statePerThousand()),
					List.of(rate.licence()), Wording.of("DEALER_CRIME_GUN_RATE", rate.traces(), rate.retailSales(),
							rate.perThousand(), times, rate.state(), rate.statePerThousand())));
		}
		if (rate.shortTimeToCrime() > 0) {
			evidence.add(Evidence.of("SHORT_TIME_TO_CRIME_SALES", String.format(
					"%d of its traced guns (%.0f%%) were recovered within three years of sale", rate.shortTimeToCrime(),
					100 * rate.shortTimeToCrimeShare()), facts.shortTtcGuns(),
					Wording.of("SHORT_TIME_TO_CRIME_SALES", rate.shortTimeToCrime(), rate.shortTimeToCrimeShare())));
		}
		if (facts.leftTheBooks() > 0) {
			evidence.add(Evidence.of("LEFT_THE_BOOKS", facts.leftTheBooks()
					+ " recovered gun(s) were last recorded in its inventory, with no sale on record (or reported lost or stolen)",
					facts.leftBooksGuns(), Wording.of("LEFT_THE_BOOKS", facts.leftTheBooks())));
		}
		boolean manyLossDays = peers != null && peers.lossDays() >= REPEATED_LOSSES
				&& peers.lossDaysRatio(rate.retailSales()) >= 2;
		if (facts.lossReports() >= REPEATED_LOSSES || facts.largestLoss() >= LARGE_LOSS || manyLossDays) {
			score += peers == null ? 2.0 : 0;
			evidence.add(Evidence.of("THEFT_LOSS_ANOMALY", facts.lossReports() + " guns reported stolen or lost, up to "
					+ facts.largestLoss() + " on one day" + (peers == null ? "" : String.format(
							"; reports on %d different days, %.1f times what its state's dealers report for as many sales",
							peers.lossDays(), peers.lossDaysRatio(rate.retailSales()))), List.of(rate.licence()),
					peers == null ? Wording.of("THEFT_LOSS_ANOMALY", facts.lossReports(), facts.largestLoss())
							: Wording.of("THEFT_LOSS_ANOMALY_AGAINST_PEERS", facts.lossReports(), facts.largestLoss(),
									peers.lossDays(), peers.lossDaysRatio(rate.retailSales()))));
		}
		if (evidence.isEmpty()) {
			return null;
		}
		String summary = String.format("%s (%s): %d crime guns, %.1f times the state's crime-gun rate, %d recovered within 3 years, %d left the books",
				facts.businessName(), rate.state(), rate.traces(), times, rate.shortTimeToCrime(), facts.leftTheBooks());
		return new LeadDraft(LeadType.DEALER, rate.licence(), score, summary, evidence, null, List.of(rate.licence()),
				facts.agencies(), Wording.of("DEALER", facts.businessName(), rate.state(), rate.traces(), times,
						rate.shortTimeToCrime(), facts.leftTheBooks()));
	}
}
