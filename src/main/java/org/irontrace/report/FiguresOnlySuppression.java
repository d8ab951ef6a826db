package org.irontrace.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.irontrace.report.opendata.CellSuppression;
import org.irontrace.report.opendata.Relation;

/**
 * Which dashboard and map figures a caller may not see, because they would give away a small count
 * of an agency that shares its recoveries with the caller's only as figures (an agreement at
 * AGGREGATES_ONLY).
 *
 * <p>The caller knows its own recoveries, and those it is granted at a higher level, record by
 * record: it can count them under any filter and subtract them from any figure shown. So what a
 * figure tells it about the figures-only agencies is that figure's figures-only part, and each
 * figure is judged by that part alone, with the published reports' rule ({@link CellSuppression}):
 * a part of 1 to 4 hides the figure, and more figures are hidden, smallest part first, while any
 * hidden part could still be worked back from the shown figures and the sums a reader knows (each
 * table adds up to the recoveries; places to their country, months to the recoveries and their traces to the traced, US-sourced and not to the
 * established). A figure whose figures-only part is 0 tells nothing of those agencies and stays
 * exact, as does every figure of a caller without such agreements.
 *
 * <p>The flows from source state to place leave the figures-only agencies out altogether (see
 * {@link RecoveryDashboard}): a two-way table of small cells would need many more withheld, and
 * protecting it costs seconds per request where the rest costs milliseconds.
 *
 * <p>The headline figures and the months belong to every table's sums; each table is protected
 * together with them, and a headline figure one table hides is hidden in all of them, until no
 * table hides more.
 */
final class FiguresOnlySuppression {

	static final FiguresOnlySuppression NONE = new FiguresOnlySuppression(Set.of());

	/** The tables protected apart, each with the headline: their facets. */
	private static final List<List<DashboardFacet>> TABLES = List.of(
			List.of(DashboardFacet.COUNTRIES, DashboardFacet.PLACES, DashboardFacet.SOURCE_STATES),
			List.of(DashboardFacet.MAKERS), List.of(DashboardFacet.CALIBRES), List.of(DashboardFacet.FIREARM_TYPES),
			List.of(DashboardFacet.CRIME_CODES), List.of(DashboardFacet.CRIMINAL_GROUPS),
			List.of(DashboardFacet.TIME_TO_CRIME), List.of(DashboardFacet.POINTS));

	private final Set<Figure> hidden;

	private FiguresOnlySuppression(Set<Figure> hidden) {
		this.hidden = hidden;
	}

	/**
	 * The figures to hide, given every group as shown (all the caller counts) and the figures-only
	 * agencies' part of it.
	 */
	static FiguresOnlySuppression of(Map<DashboardFacet, List<DashboardGroup>> shown,
			Map<DashboardFacet, List<DashboardGroup>> figuresOnly) {
		Cells headline = FiguresOnlyCells.headline(shown, new Parts(figuresOnly));
		List<Cells> tables = new ArrayList<>(List.of(headline));
		TABLES.forEach(facets -> tables.add(FiguresOnlyCells.table(headline, facets, shown, new Parts(figuresOnly))));
		BitSet headlineHidden = new BitSet();
		Set<Figure> hidden = new HashSet<>();
		BitSet before;
		do {
			before = (BitSet) headlineHidden.clone();
			hidden.clear();
			for (Cells table : tables) {
				BitSet cut = table.hide(headlineHidden);
				headlineHidden.or(cut.get(0, headline.size()));
				cut.stream().forEach(cell -> hidden.add(table.figures.get(cell)));
			}
		}
		while (!headlineHidden.equals(before));
		return new FiguresOnlySuppression(Set.copyOf(hidden));
	}

	boolean hides(DashboardFacet facet, DashboardGroup group, String measure) {
		return hidden.contains(new Figure(facet, group.keys(), measure));
	}

	boolean hidesAny() {
		return !hidden.isEmpty();
	}

	/** One figure shown: a facet's group and which of its counts. */
	record Figure(DashboardFacet facet, Map<String, Object> keys, String measure) {
	}

	/** The figures-only agencies' part of each group (0 where they have none). */
	static final class Parts {

		private final Map<DashboardFacet, Map<Map<String, Object>, DashboardGroup>> groups = new HashMap<>();

		Parts(Map<DashboardFacet, List<DashboardGroup>> figuresOnly) {
			figuresOnly.forEach((facet, list) -> list.forEach(
					g -> groups.computeIfAbsent(facet, f -> new HashMap<>()).put(g.keys(), g)));
		}

		long of(Figure figure) {
			DashboardGroup g = groups.getOrDefault(figure.facet(), Map.of()).get(figure.keys());
			if (g == null) {
				return 0;
			}
			return switch (figure.measure()) {
				case "recovered" -> g.recovered();
				case "traced" -> g.traced();
				case "usSourced" -> g.usSourced();
				case "established" -> g.established();
				case "notUsSourced" -> g.established() - g.usSourced();
				case "located" -> g.located();
				case "unlocated" -> g.recovered() - g.located();
				case "placed" -> g.placed();
				case "unplaced" -> g.recovered() - g.placed();
				default -> throw new IllegalArgumentException(figure.measure());
			};
		}
	}

	/** Figures with their figures-only parts and the sums between them, as the published rule reads them. */
	static final class Cells {

		final List<Figure> figures = new ArrayList<>();

		private final List<Long> parts = new ArrayList<>();

		private final List<Relation> relations = new ArrayList<>();

		private final Map<Figure, Integer> index = new HashMap<>();

		private final Parts of;

		Cells(Parts of) {
			this.of = of;
		}

		Cells copy() {
			Cells copy = new Cells(of);
			copy.figures.addAll(figures);
			copy.parts.addAll(parts);
			copy.relations.addAll(relations);
			copy.index.putAll(index);
			return copy;
		}

		int size() {
			return figures.size();
		}

		int cell(DashboardFacet facet, Map<String, Object> keys, String measure) {
			Figure figure = new Figure(facet, keys, measure);
			return index.computeIfAbsent(figure, f -> {
				figures.add(f);
				parts.add(of.of(f));
				return figures.size() - 1;
			});
		}

		void sum(String name, int whole, List<Integer> cells) {
			relations.add(new Relation(name, whole, List.copyOf(cells)));
		}

		BitSet hide(BitSet hiddenAlready) {
			long[] counts = parts.stream().mapToLong(Long::longValue).toArray();
			try {
				return CellSuppression.hide(counts, relations, hiddenAlready);
			}
			catch (IllegalStateException cannotProtect) {
				// The rule found no partner for a hidden part: then every figure with a part is hidden.
				BitSet all = (BitSet) hiddenAlready.clone();
				for (int cell = 0; cell < counts.length; cell++) {
					if (counts[cell] > 0) {
						all.set(cell);
					}
				}
				return all;
			}
		}

		static boolean same(Object a, Object b) {
			return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
		}
	}
}
