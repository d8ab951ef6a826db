package org.irontrace.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.report.ArmsFlowsReturn.CountryCount;

/** Fills the IAFQ-shaped annual return from the same grouped counts as the report. */
final class ArmsFlowsQuestionnaire {

	private ArmsFlowsQuestionnaire() {
	}

	static ArmsFlowsReturn fill(String country, int year, LocalDate asOf, RecoveryReport report,
			Map<Facet, List<FactRow>> facts) {
		Map<String, Long> seized = new LinkedHashMap<>();
		Map<String, Long> found = new LinkedHashMap<>();
		facts.get(Facet.FOUND_OR_SEIZED_BY_TYPE).stream()
			.sorted(Comparator.comparingLong(FactRow::recovered).reversed())
			.forEach(row -> (Boolean.TRUE.equals(row.keys().get("found")) ? found : seized)
				.merge(row.key("firearm_type"), row.recovered(), Long::sum));
		Map<String, Long> outcomes = new LinkedHashMap<>();
		outcomes.put("US_SOURCED", report.outcomes().usSourced());
		outcomes.put("NOT_US_SOURCED", report.outcomes().nonUsSourced());
		outcomes.put("UNDETERMINED", report.outcomes().undetermined());
		List<CountryCount> made = facts.get(Facet.MADE_IN).stream()
			.map(row -> new CountryCount(row.key("made_in"), row.recovered()))
			.sorted(Comparator.comparingLong(CountryCount::count).reversed().thenComparing(CountryCount::country))
			.toList();
		List<CountryCount> imported = new ArrayList<>();
		imported.add(new CountryCount("US", report.outcomes().usSourced()));
		imported.add(new CountryCount("UNKNOWN", report.recovered() - report.outcomes().usSourced()));
		return new ArmsFlowsReturn(country, year, asOf.toString(), report.recovered(), seized, found, report.traced(),
				outcomes, report.statuses(), made, imported, report.sdg1642(),
				"Counts are recovered firearms (each recovery once); tracing results are the latest result of each"
						+ " trace. " + ReportMethod.CAVEAT);
	}
}
