package org.irontrace.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times the suppression of a large dashboard for a caller some agencies share only figures with:
 * 12 months, 30 countries, 300 places, 50 source states, 300 flows, 200 makers, 60 calibres and
 * 3,000 map points, each group with 0 to 29 recoveries of the caller's own and 0 to 7 of the
 * figures-only agencies (about half of them withheld at first). {@code -Dirontrace.suppressionRun=true};
 * skipped in normal builds (a benchmark is not a test). Prints the median of 7 runs after one to warm up, and what the
 * flows would add if they were protected with the rest (they are not: they leave those agencies out).
 */
@EnabledIfSystemProperty(named = "irontrace.suppressionRun", matches = "true")
class FiguresOnlySuppressionRun {

	private static final Map<DashboardFacet, Integer> GROUPS = Map.of(DashboardFacet.TOTAL, 1, DashboardFacet.MONTHS, 12,
			DashboardFacet.SOURCE_STATES, 50, DashboardFacet.MAKERS, 200, DashboardFacet.CALIBRES, 60,
			DashboardFacet.TIME_TO_CRIME, 7, DashboardFacet.COUNTRIES, 30, DashboardFacet.PLACES, 300,
			DashboardFacet.FLOWS, 300, DashboardFacet.POINTS, 3000);

	@Test
	void largeDashboard() {
		Random random = new Random(7);
		Map<DashboardFacet, List<DashboardGroup>> shown = new EnumMap<>(DashboardFacet.class);
		Map<DashboardFacet, List<DashboardGroup>> figuresOnly = new EnumMap<>(DashboardFacet.class);
		for (DashboardFacet facet : DashboardFacet.values()) {
			shown.put(facet, new ArrayList<>());
			figuresOnly.put(facet, new ArrayList<>());
			for (int i = 0; i < GROUPS.getOrDefault(facet, 20); i++) {
				Map<String, Object> keys = new LinkedHashMap<>();
				for (String column : facet.columns) {
					keys.put(column, switch (column) {
						case "country" -> "C" + i % 30;
						case "place" -> "P" + i % 300;
						case "source_state" -> "S" + i % 50;
						case "lat", "lon" -> (double) i;
						case "ttc" -> i % 6;
						default -> column + i;
					});
				}
				long theirs = facet == DashboardFacet.TOTAL ? 20_000 : random.nextInt(8);
				long own = facet == DashboardFacet.TOTAL ? 40_000 : random.nextInt(30);
				shown.get(facet).add(new DashboardGroup(keys, own + theirs, 0, 0, 0, 0, 0));
				figuresOnly.get(facet).add(new DashboardGroup(keys, theirs, 0, 0, 0, 0, 0));
			}
		}
		System.out.printf("Suppression of the whole dashboard: median %.3f s of 7 runs%n",
				median(() -> FiguresOnlySuppression.of(shown, figuresOnly)));
		FiguresOnlySuppression.Parts parts = new FiguresOnlySuppression.Parts(figuresOnly);
		FiguresOnlySuppression.Cells withFlows = FiguresOnlyCells.table(FiguresOnlyCells.headline(shown, parts),
				List.of(DashboardFacet.COUNTRIES, DashboardFacet.PLACES, DashboardFacet.SOURCE_STATES, DashboardFacet.FLOWS),
				shown, parts);
		System.out.printf("The map's table with the flows protected too (one pass): median %.3f s of 7 runs%n",
				median(() -> withFlows.hide(new java.util.BitSet())));
	}

	private static double median(Runnable run) {
		run.run();
		double[] seconds = new double[7];
		for (int i = 0; i < seconds.length; i++) {
			long start = System.nanoTime();
			run.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		java.util.Arrays.sort(seconds);
		return seconds[seconds.length / 2];
	}
}
