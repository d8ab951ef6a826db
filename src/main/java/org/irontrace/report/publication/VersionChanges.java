package org.irontrace.report.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.irontrace.report.opendata.OpenDataCell;
import org.irontrace.report.opendata.OpenDataSet;

/** What changed between two versions of a report, in words a reader of the correction note can check. */
final class VersionChanges {

	private static final int LISTED = 25;

	private VersionChanges() {
	}

	/** The changed figures, or an empty list when the two say the same (the as-of date aside). */
	static List<String> between(OpenDataSet before, OpenDataSet after) {
		Map<String, String> old = figures(before);
		Map<String, String> now = figures(after);
		List<String> changes = new ArrayList<>();
		now.forEach((name, value) -> {
			if (!Objects.equals(old.get(name), value)) {
				changes.add(name + ": " + (old.containsKey(name) ? old.get(name) : "absent") + " -> " + value);
			}
		});
		old.keySet().stream().filter(name -> !now.containsKey(name)).forEach(name -> changes.add(name + ": removed"));
		return changes;
	}

	static String describe(List<String> changes) {
		List<String> shown = changes.stream().limit(LISTED).toList();
		String text = String.join("; ", shown);
		return changes.size() > LISTED ? text + "; and " + (changes.size() - LISTED) + " more" : text;
	}

	private static Map<String, String> figures(OpenDataSet data) {
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("period", data.from() + " to " + data.to());
		for (OpenDataCell cell : data.cells()) {
			String name = cell.table() + "/" + cell.key() + (cell.detail() == null ? "" : "/" + cell.detail());
			figures.put(name, cell.suppressed() ? "suppressed" : String.valueOf(cell.count()));
		}
		figures.put("medianTimeToCrimeDays", String.valueOf(data.medianTimeToCrimeDays()));
		figures.put("meanTimeToCrimeDays", String.valueOf(data.meanTimeToCrimeDays()));
		figures.put("sdg1642", String.valueOf(data.sdg1642()));
		return figures;
	}
}
