package org.irontrace.report.opendata;

import java.time.LocalDate;
import java.util.List;

/**
 * The open data of one report: every count as a cell, small ones suppressed, with the additive
 * relations between cells and the statistics that are safe to publish. No record and no personal
 * field ever enters it: it is built from the report's aggregates only.
 */
public record OpenDataSet(String country, LocalDate from, LocalDate to, LocalDate asOf, List<OpenDataCell> cells,
		List<Relation> relations, Integer medianTimeToCrimeDays, Double meanTimeToCrimeDays, Double sdg1642,
		String method, String caveat) {
}
