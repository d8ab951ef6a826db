package org.irontrace.trace;

import java.time.LocalDate;

import org.irontrace.commerce.FirearmIdentity;

/**
 * The latest answer a tracing authority gave about one recovery, as far as tracing needs it.
 *
 * @param identity the gun as the authority identified it, null when it identified none
 * @param reason IronTrace's reading of the authority's words for a failure, else null
 */
record TraceAnswer(String agency, String recoveryId, String traceNumber, LocalDate resultDate, String status,
		String words, TraceReason reason, FirearmIdentity identity, String dealerLicence, LocalDate saleDate,
		Integer reportedTimeToCrimeDays, boolean multipleSale) {

	TraceResult.Authority authority() {
		return new TraceResult.Authority(traceNumber, resultDate, status, words,
				words == null || AuthorityReasons.recognised(words) != null, reportedTimeToCrimeDays, multipleSale);
	}
}
