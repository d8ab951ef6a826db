package org.irontrace.report;

import java.util.List;
import java.util.Map;

/**
 * A country's annual return in the shape of the UNODC Illicit Arms Flows Questionnaire (IAFQ):
 * weapons seized and found by type, tracing results by outcome, and the countries of manufacture
 * and of last legal import of the traced weapons. The IAFQ is the instrument behind SDG indicator
 * 16.4.2 (UNODC, Global Study on Firearms Trafficking 2020, annex on methodology).
 *
 * <p>Seized: recoveries with any crime code but {@code FOUND_FIREARM}; found: {@code FOUND_FIREARM}.
 * Last legal import: the United States for US-sourced guns (their last lawful market before they
 * were trafficked), unknown otherwise; IronTrace holds no other country's import records.
 */
public record ArmsFlowsReturn(String country, int year, String asOf, long weapons, Map<String, Long> seizedByType,
		Map<String, Long> foundByType, long tracingRequests, Map<String, Long> tracingOutcomes,
		Map<String, Long> tracingStatuses, List<CountryCount> countriesOfManufacture,
		List<CountryCount> countriesOfLastLegalImport, Double sdg1642, String notes) {

	public record CountryCount(String country, long count) {
	}
}
