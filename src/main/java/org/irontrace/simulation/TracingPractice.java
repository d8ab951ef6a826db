package org.irontrace.simulation;

/**
 * How each recovering country's agencies use the US tracing centre. Public complaints (DOMAIN.md):
 * backlogs of guns never submitted, descriptions lost in translation, 51% of Mexico's 2016 traces
 * and 88% of Haiti's failing. The shares below are this simulator's assumptions, chosen so the
 * centre's answers reproduce those two published failure rates.
 *
 * @param submitted share of recoveries the agency submits for tracing at all
 * @param daysToSubmit median days between recovery and request (paperwork, translation, backlog)
 * @param faultyRequest share of requests whose description is too poor or mistyped for the centre to find the gun
 * @param resubmitted share of such spoiled requests the agency corrects and sends again
 */
record TracingPractice(double submitted, double daysToSubmit, double faultyRequest, double resubmitted) {

	static TracingPractice of(String country) {
		return switch (country) {
			case "MX" -> new TracingPractice(0.85, 12, 0.01, 0.35);
			case "JM", "BS", "TT" -> new TracingPractice(0.92, 6, 0.04, 0.35);
			// Few trained tracing officers, descriptions lost in translation, little follow-up.
			case "HT" -> new TracingPractice(0.65, 30, 0.8, 0.1);
			case "DO" -> new TracingPractice(0.8, 14, 0.10, 0.2);
			// US agencies (outbound seizures at the border) trace nearly everything, at once.
			default -> new TracingPractice(0.98, 2, 0.01, 0.6);
		};
	}
}
