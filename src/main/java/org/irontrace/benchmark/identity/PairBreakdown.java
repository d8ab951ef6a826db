package org.irontrace.benchmark.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.irontrace.identity.PersonRecord;
import org.irontrace.identity.matching.Resolution;

/**
 * Where a resolution wins and loses pairs: true pairs found and missed, and false pairs, counted
 * by the kinds of the two records (their source, and whether they carry a name only, with no birth
 * date, address or document). Shows which records the pairwise recall and precision are lost on.
 */
public final class PairBreakdown {

	private final Map<String, long[]> cells = new TreeMap<>();

	private PairBreakdown() {
	}

	/** Counts per kind of pair: true pairs, of them found, false pairs. */
	public static PairBreakdown of(LabelledRecords data, Resolution resolution) {
		PairBreakdown breakdown = new PairBreakdown();
		List<PersonRecord> records = data.records();
		String[] kinds = new String[records.size()];
		for (int i = 0; i < kinds.length; i++) {
			kinds[i] = kind(records.get(i));
		}
		int[] truth = data.entityOf();
		int[] found = resolution.personOf();
		for (int[] members : groups(truth)) {
			forEachPair(members, data, (a, b) -> breakdown.cell(kinds, a, b)[found[a] == found[b] ? 1 : 0]++);
		}
		for (int[] members : groups(found)) {
			forEachPair(members, data, (a, b) -> {
				if (truth[a] != truth[b]) {
					breakdown.cell(kinds, a, b)[2]++;
				}
			});
		}
		return breakdown;
	}

	private long[] cell(String[] kinds, int a, int b) {
		String key = kinds[a].compareTo(kinds[b]) <= 0 ? kinds[a] + " + " + kinds[b] : kinds[b] + " + " + kinds[a];
		return cells.computeIfAbsent(key, k -> new long[3]);
	}

	/** Lines "kind of pair: true pairs, found, missed, false pairs", for the benchmark's output. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-52s %10s %10s %10s %8s", "pairs of", "true", "found", "missed", "false"));
		cells.forEach((kind, c) -> lines.add(String.format("%-52s %,10d %,10d %,10d %,8d", kind, c[0] + c[1], c[1], c[0], c[2])));
		return lines;
	}

	static String kind(PersonRecord record) {
		boolean nameOnly = record.dob() == null && record.street() == null && record.postalCode() == null
				&& record.idNumber() == null;
		String source = record.source() == null || record.source().isEmpty() ? "record" : record.source();
		return source + (nameOnly ? " (name only)" : "");
	}

	private interface PairVisitor {
		void visit(int a, int b);
	}

	private static void forEachPair(int[] members, LabelledRecords data, PairVisitor visitor) {
		for (int i = 0; i < members.length; i++) {
			for (int j = i + 1; j < members.length; j++) {
				int a = members[i];
				int b = members[j];
				if (!data.linkage() || !data.records().get(a).source().equals(data.records().get(b).source())) {
					visitor.visit(a, b);
				}
			}
		}
	}

	private static List<int[]> groups(int[] labels) {
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int i = 0; i < labels.length; i++) {
			members.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
		}
		List<int[]> groups = new ArrayList<>();
		for (List<Integer> group : members.values()) {
			if (group.size() > 1) {
				groups.add(group.stream().mapToInt(Integer::intValue).toArray());
			}
		}
		return groups;
	}
}
