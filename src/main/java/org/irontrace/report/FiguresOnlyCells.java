package org.irontrace.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.report.FiguresOnlySuppression.Cells;
import org.irontrace.report.FiguresOnlySuppression.Parts;

/**
 * The dashboard's figures laid out as cells and the sums a reader knows between them, for
 * {@link FiguresOnlySuppression}: every group of a table adds up to the recoveries (the groups of
 * unknown keys and those below a "top" list included, since a reader may know them from elsewhere).
 */
final class FiguresOnlyCells {

	private static final Map<String, Object> WHOLE = Map.of();

	private FiguresOnlyCells() {
	}

	/** The headline figures and the months, which every table shares. */
	static Cells headline(Map<DashboardFacet, List<DashboardGroup>> shown, Parts parts) {
		Cells c = new Cells(parts);
		DashboardFacet t = DashboardFacet.TOTAL;
		int recovered = c.cell(t, WHOLE, "recovered");
		int traced = c.cell(t, WHOLE, "traced");
		c.sum("US-sourced and not add up to established", c.cell(t, WHOLE, "established"),
				List.of(c.cell(t, WHOLE, "usSourced"), c.cell(t, WHOLE, "notUsSourced")));
		c.sum("located and not add up to recovered", recovered,
				List.of(c.cell(t, WHOLE, "located"), c.cell(t, WHOLE, "unlocated")));
		c.sum("placed and not add up to recovered", recovered,
				List.of(c.cell(t, WHOLE, "placed"), c.cell(t, WHOLE, "unplaced")));
		List<Integer> months = new ArrayList<>();
		List<Integer> tracedMonths = new ArrayList<>();
		for (DashboardGroup month : shown.get(DashboardFacet.MONTHS)) {
			months.add(c.cell(DashboardFacet.MONTHS, month.keys(), "recovered"));
			tracedMonths.add(c.cell(DashboardFacet.MONTHS, month.keys(), "traced"));
		}
		c.sum("months add up to recovered", recovered, months);
		c.sum("months' traces add up to traced", traced, tracedMonths);
		return c;
	}

	/** One table (the map's countries, places and source states together, else one facet) with the headline. */
	static Cells table(Cells headline, List<DashboardFacet> facets, Map<DashboardFacet, List<DashboardGroup>> shown,
			Parts parts) {
		Cells c = headline.copy();
		int recovered = c.cell(DashboardFacet.TOTAL, WHOLE, "recovered");
		for (DashboardFacet facet : facets) {
			List<Integer> groups = shown.get(facet).stream().map(g -> c.cell(facet, g.keys(), "recovered")).toList();
			c.sum(facet + " add up to recovered", recovered, groups);
		}
		if (facets.contains(DashboardFacet.POINTS)) {
			c.sum("points add up to located", c.cell(DashboardFacet.TOTAL, WHOLE, "located"),
					within(c, shown.get(DashboardFacet.POINTS), DashboardFacet.POINTS, g -> g.keys().get("lat") != null
							&& g.keys().get("lon") != null));
		}
		if (facets.contains(DashboardFacet.PLACES)) {
			for (DashboardGroup country : shown.get(DashboardFacet.COUNTRIES)) {
				c.sum("places add up to their country", c.cell(DashboardFacet.COUNTRIES, country.keys(), "recovered"),
						within(c, shown.get(DashboardFacet.PLACES), DashboardFacet.PLACES,
								g -> Cells.same(g.keys().get("country"), country.keys().get("country"))));
			}
		}
		if (facets.contains(DashboardFacet.FLOWS)) {
			for (DashboardGroup state : shown.get(DashboardFacet.SOURCE_STATES)) {
				c.sum("flows add up to their source state", c.cell(DashboardFacet.SOURCE_STATES, state.keys(), "recovered"),
						within(c, shown.get(DashboardFacet.FLOWS), DashboardFacet.FLOWS,
								g -> Cells.same(g.keys().get("source_state"), state.keys().get("source_state"))));
			}
			for (DashboardGroup place : shown.get(DashboardFacet.PLACES)) {
				c.sum("flows add up to their place", c.cell(DashboardFacet.PLACES, place.keys(), "recovered"),
						within(c, shown.get(DashboardFacet.FLOWS), DashboardFacet.FLOWS,
								g -> Cells.same(g.keys().get("country"), place.keys().get("country"))
										&& Cells.same(g.keys().get("place"), place.keys().get("place"))));
			}
		}
		return c;
	}

	private static List<Integer> within(Cells c, List<DashboardGroup> groups, DashboardFacet facet,
			java.util.function.Predicate<DashboardGroup> member) {
		return groups.stream().filter(member).map(g -> c.cell(facet, g.keys(), "recovered")).toList();
	}
}
