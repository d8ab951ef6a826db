package org.irontrace.simulation;

import java.util.List;

/**
 * What a simulation wrote.
 *
 * @param firearms firearms in the world (lawful, trafficked and foreign-made)
 * @param licensees rows of licensees.csv
 * @param commerceEvents rows of commerce_events.csv
 * @param recoveries rows of recoveries.csv
 * @param traffickingCases trafficking cases (rings, unlicensed dealers, thefts ...)
 * @param traffickedFirearms US-sourced firearms diverted to trafficking
 * @param foreignFirearms foreign-made firearms never imported into the US (recovered abroad)
 * @param people distinct people of the world
 * @param calibration the world's figures next to DOMAIN.md's public figures
 * @param traceResults rows of trace_results.csv (answers, corrections included)
 * @param ballisticLinks rows of ballistic_links.csv
 * @param registeredFirearms rows of domestic_registry.csv
 * @param domesticDiversions recovered guns that came from a recovering country's own registry
 * @param traceAnswers the tracing centre's answer mix per recovering country
 */
public record SimulationSummary(long firearms, long licensees, long commerceEvents, long recoveries,
		long traffickingCases, long traffickedFirearms, long foreignFirearms, long people,
		List<CalibrationFigure> calibration, long traceResults, long ballisticLinks, long registeredFirearms,
		long domesticDiversions, List<TraceAnswerMix> traceAnswers) {

	/** Whether every figure falls within its tolerance. */
	public boolean calibrated() {
		return calibration.stream().allMatch(CalibrationFigure::within);
	}
}
