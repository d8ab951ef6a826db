package org.irontrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The dashboard's groups as the caller is shown them: a suppressed figure as null, and in every
 * list the shown groups largest first, then the suppressed ones by name, so that neither a
 * suppressed figure's place in a list nor the groups a "top" list keeps tell its size.
 */
final class Shown {

	private final Map<DashboardFacet, List<DashboardGroup>> groups;

	private final FiguresOnlySuppression hidden;

	Shown(Map<DashboardFacet, List<DashboardGroup>> groups, FiguresOnlySuppression hidden) {
		this.groups = groups;
		this.hidden = hidden;
	}

	Long count(DashboardFacet facet, DashboardGroup group, String measure, long count) {
		return hidden.hides(facet, group, measure) ? null : count;
	}

	/** Whether the group's recoveries are suppressed. */
	boolean hides(DashboardFacet facet, DashboardGroup group) {
		return hidden.hides(facet, group, "recovered");
	}

	/** The largest groups of a facet; unknown keys (no trace, no state) left out of "top" lists when asked. */
	List<DashboardFigures.Count> top(DashboardFacet facet, String column, int limit, boolean knownOnly) {
		return largest(facet, g -> !knownOnly || g.key(column) != null, limit, g -> new DashboardFigures.Count(
				g.key(column), count(facet, g, "recovered", g.recovered()), hides(facet, g)));
	}

	<T> List<T> largest(DashboardFacet facet, Predicate<DashboardGroup> listed, int limit,
			Function<DashboardGroup, T> figure) {
		List<DashboardGroup> sorted = new ArrayList<>(groups.get(facet).stream().filter(listed).toList());
		// Ties in the order of their keys, so the page reads the same every time.
		sorted.sort(Comparator.<DashboardGroup, Boolean>comparing(g -> hides(facet, g))
			.thenComparingLong(g -> hides(facet, g) ? 0 : -g.recovered())
			.thenComparing(g -> String.valueOf(g.keys().values())));
		return sorted.stream().limit(limit).map(figure).toList();
	}

	/**
	 * ATF's six time-to-crime buckets, keyed 0 to 5. The cells keep each gun's bucket, not its days,
	 * so the dashboard has no median or mean (the reports give them).
	 */
	List<DashboardFigures.Count> timeToCrime() {
		long[] counts = new long[6];
		boolean[] suppressed = new boolean[6];
		for (DashboardGroup g : groups.get(DashboardFacet.TIME_TO_CRIME)) {
			if (g.keys().get("ttc") != null) {
				int bucket = ((Number) g.keys().get("ttc")).intValue();
				counts[bucket] += g.recovered();
				suppressed[bucket] |= hides(DashboardFacet.TIME_TO_CRIME, g);
			}
		}
		List<DashboardFigures.Count> buckets = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			buckets.add(new DashboardFigures.Count(String.valueOf(i), suppressed[i] ? null : counts[i], suppressed[i]));
		}
		return buckets;
	}
}
