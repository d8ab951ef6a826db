package org.irontrace.simulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes ballistic_links.csv (FORMATS.md, version 2): one row per hit an examiner reported, numbered
 * within the examiner's agency, and its ground truth (whether the two items truly share a gun or a
 * network).
 */
final class BallisticLinkFile {

	static final List<String> COLUMNS = List.of("link_id", "agency", "item_a", "item_b", "link_date", "confidence");

	private final CsvWriter csv;

	private final World world;

	private final Map<String, long[]> numbered = new TreeMap<>();

	private long written;

	BallisticLinkFile(CsvWriter csv, World world) {
		this.csv = csv;
		this.world = world;
		csv.writeRecord(COLUMNS);
	}

	long written() {
		return written;
	}

	static String recovery(String agency, String recoveryId) {
		return "recovery:" + agency + "/" + recoveryId;
	}

	static String crimeScene(String agency, String caseId) {
		return "case:" + agency + "/" + caseId;
	}

	/** @param caseId the trafficking case both items truly belong to, null for a false lead */
	void write(String agency, String itemA, String itemB, int day, boolean confirmed, String caseId) {
		long number = ++numbered.computeIfAbsent(agency, a -> new long[1])[0];
		String id = "IBIS-" + world.calendar.iso(day).substring(0, 4) + "-" + Text.zeroPadded(number, 6);
		String confidence = confirmed ? "CONFIRMED" : "PROBABLE";
		csv.writeRecord(id, agency, itemA, itemB, world.calendar.iso(day), confidence);
		written++;
		world.truth.add(GroundTruth.Section.BALLISTIC_LINKS, new JsonObject().field("agency", agency)
			.field("link_id", id)
			.field("item_a", itemA)
			.field("item_b", itemB)
			.field("confidence", confidence)
			.field("case_id", caseId)
			.field("true_link", caseId != null));
	}
}
