package org.irontrace.report.opendata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.report.RecoveryReport;

/**
 * Lays a report out as open-data cells and the relations a reader knows between them, then
 * suppresses. Besides the sums of each table, the relations include identities that follow from
 * FORMATS' trace rules (a gun is not US-sourced exactly when it is foreign-made and never
 * imported; completed traces are the ones with a source state and a time-to-crime), because a
 * reader who knows the rules would use them.
 */
public final class OpenDataTables {

	private final List<OpenDataCell> cells = new ArrayList<>();

	private final List<Long> counts = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private OpenDataTables() {
	}

	public static OpenDataSet of(RecoveryReport report) {
		OpenDataTables t = new OpenDataTables();
		int recovered = t.cell("totals", "recovered", null, report.recovered());
		int traced = t.cell("totals", "traced", null, report.traced());
		var o = report.outcomes();
		int established = t.cell("totals", "established", null, o.usSourced() + o.nonUsSourced());
		long withState = report.sourceStates().stream().mapToLong(RecoveryReport.StateCount::count).sum();
		int sourced = t.cell("totals", "withSourceState", null, withState);
		var ttc = report.timeToCrime();
		long[] buckets = { ttc.lessThan3Months(), ttc.from3To7Months(), ttc.from7To12Months(), ttc.from1To2Years(),
				ttc.from2To3Years(), ttc.over3Years() };
		int timed = t.cell("totals", "withTimeToCrime", null, java.util.Arrays.stream(buckets).sum());
		int us = t.cell("outcomes", "usSourced", null, o.usSourced());
		int nonUs = t.cell("outcomes", "nonUsSourced", null, o.nonUsSourced());
		int undetermined = t.cell("outcomes", "undetermined", null, o.undetermined());
		t.relation("outcomes add up to traced", traced, List.of(us, nonUs, undetermined));
		t.relation("established = usSourced + nonUsSourced", established, List.of(us, nonUs));
		List<Integer> statuses = t.table("statuses", report.statuses());
		t.relation("statuses add up to traced", traced, statuses);
		int completed = t.at("statuses", "COMPLETED");
		t.relation("notTracedReasons add up to NOT_TRACED", t.at("statuses", "NOT_TRACED"),
				t.table("notTracedReasons", report.notTracedReasons()));
		t.relation("partialReasons add up to PARTIAL", t.at("statuses", "PARTIAL"),
				t.table("partialReasons", report.partialReasons()));
		Integer foreign = t.index.get("notTracedReasons\u0000FOREIGN_NOT_IMPORTED\u0000");
		t.relation("nonUsSourced = FOREIGN_NOT_IMPORTED (FORMATS)", nonUs, foreign == null ? List.of() : List.of(foreign));
		t.relation("usSourced = COMPLETED + PARTIAL (FORMATS)", us, List.of(completed, t.at("statuses", "PARTIAL")));
		t.relation("withSourceState = COMPLETED", completed, List.of(sourced));
		t.relation("withTimeToCrime = COMPLETED", completed, List.of(timed));
		for (String table : List.of("firearmTypes", "calibres", "manufacturers", "crimeCodes", "recoveryAreas")) {
			t.relation(table + " add up to recovered", recovered, t.table(table, list(report, table)));
		}
		t.relation("sourceStates add up to withSourceState", sourced, t.table("sourceStates", list(report, "sourceStates")));
		List<String> bucketNames = List.of("lessThan3Months", "from3To7Months", "from7To12Months", "from1To2Years",
				"from2To3Years", "over3Years");
		List<Integer> bucketCells = new ArrayList<>();
		for (int i = 0; i < buckets.length; i++) {
			bucketCells.add(t.cell("timeToCrime", bucketNames.get(i), null, buckets[i]));
		}
		t.relation("timeToCrime adds up to withTimeToCrime", timed, bucketCells);
		t.flows(report, sourced);
		long[] values = t.counts.stream().mapToLong(Long::longValue).toArray();
		BitSet hidden = CellSuppression.hide(values, t.relations);
		List<OpenDataCell> published = new ArrayList<>();
		for (int i = 0; i < t.cells.size(); i++) {
			OpenDataCell cell = t.cells.get(i);
			published.add(new OpenDataCell(cell.table(), cell.key(), cell.detail(), hidden.get(i) ? null : values[i],
					hidden.get(i)));
		}
		boolean timesSafe = !hidden.get(timed) && values[timed] >= CellSuppression.SMALLEST_PUBLISHED;
		boolean shareSafe = !hidden.get(established) && !hidden.get(recovered);
		return new OpenDataSet(report.country(), report.from(), report.to(), report.asOf(), published, t.relations,
				timesSafe ? ttc.medianDays() : null, timesSafe ? ttc.meanDays() : null,
				shareSafe ? report.sdg1642() : null, report.method(), report.caveat());
	}

	/** The flows as a two-way table whose rows add up to the source states and whose columns add up to the flow areas. */
	private void flows(RecoveryReport report, int sourced) {
		Map<String, List<Integer>> byState = new HashMap<>();
		Map<String, List<Integer>> byArea = new HashMap<>();
		Map<String, Long> areaTotals = new java.util.TreeMap<>();
		for (RecoveryReport.Flow flow : report.flows()) {
			int cell = cell("flows", flow.state(), flow.area(), flow.count());
			byState.computeIfAbsent(flow.state(), s -> new ArrayList<>()).add(cell);
			byArea.computeIfAbsent(flow.area(), s -> new ArrayList<>()).add(cell);
			areaTotals.merge(flow.area(), flow.count(), Long::sum);
		}
		byState.forEach((state, row) -> relation("flows from " + state + " add up to its source-state count",
				at("sourceStates", state), row));
		List<Integer> areaCells = new ArrayList<>();
		areaTotals.forEach((area, total) -> {
			int cell = cell("flowAreas", area, null, total);
			areaCells.add(cell);
			relation("flows into " + area + " add up to its flow-area count", cell, byArea.get(area));
		});
		relation("flowAreas add up to withSourceState", sourced, areaCells);
	}

	private static Map<String, Long> list(RecoveryReport report, String table) {
		Map<String, Long> out = new java.util.LinkedHashMap<>();
		switch (table) {
			case "firearmTypes" -> report.firearmTypes().forEach(c -> out.put(c.type(), c.count()));
			case "calibres" -> report.calibres().forEach(c -> out.put(c.calibre(), c.count()));
			case "manufacturers" -> report.manufacturers().forEach(c -> out.put(c.manufacturer(), c.count()));
			case "crimeCodes" -> report.crimeCodes().forEach(c -> out.put(c.code(), c.count()));
			case "recoveryAreas" -> report.recoveryAreas().forEach(c -> out.put(c.area(), c.count()));
			case "sourceStates" -> report.sourceStates().forEach(c -> out.put(c.state(), c.count()));
			default -> throw new IllegalArgumentException(table);
		}
		return out;
	}

	private List<Integer> table(String table, Map<String, Long> counts) {
		List<Integer> made = new ArrayList<>();
		counts.forEach((key, count) -> made.add(cell(table, key, null, count)));
		return made;
	}

	private int cell(String table, String key, String detail, long count) {
		cells.add(new OpenDataCell(table, key, detail, count, false));
		counts.add(count);
		index.put(table + "\u0000" + key + "\u0000" + (detail == null ? "" : detail), cells.size() - 1);
		return cells.size() - 1;
	}

	private int at(String table, String key) {
		return index.get(table + "\u0000" + key + "\u0000");
	}

	private void relation(String name, int whole, List<Integer> parts) {
		relations.add(new Relation(name, whole, List.copyOf(parts)));
	}
}
