package org.irontrace.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state an incremental resolution starts from, in the resolver's terms: which records are new,
 * which person each of the others already belongs to, and the judgements as pairs of indexes; and,
 * afterwards, the assignments to write, where a person keeps its id (the oldest when two merge).
 */
final class Assignments {

	private final List<PersonRecord> records;

	private final String[] personOf;

	private final boolean[] fresh;

	private final int[] knownGroup;

	private final List<int[]> same = new ArrayList<>();

	private final List<int[]> notSame = new ArrayList<>();

	private Assignments(List<PersonRecord> records, Map<String, String> assigned) {
		this.records = records;
		this.personOf = new String[records.size()];
		this.fresh = new boolean[records.size()];
		this.knownGroup = new int[records.size()];
		Map<String, Integer> groups = new HashMap<>();
		for (int i = 0; i < personOf.length; i++) {
			personOf[i] = assigned.get(records.get(i).recordId());
			fresh[i] = personOf[i] == null;
			knownGroup[i] = fresh[i] ? -1 : groups.computeIfAbsent(personOf[i], k -> groups.size());
		}
	}

	static Assignments of(List<PersonRecord> records, Map<String, String> assigned, List<Judgement> judgements) {
		Assignments state = new Assignments(records, assigned);
		Map<String, Integer> index = People.indexOf(records);
		for (Judgement judgement : judgements) {
			Integer a = index.get(judgement.recordA());
			Integer b = index.get(judgement.recordB());
			if (a != null && b != null) {
				(judgement.same() ? state.same : state.notSame).add(new int[] { a, b });
			}
		}
		return state;
	}

	/** Records whose person id is new or different after the resolution. */
	List<String[]> changes(int[] groupOf, Supplier<String> newPersonId) {
		Map<Integer, String> idOfGroup = new HashMap<>();
		for (int i = 0; i < groupOf.length; i++) {
			if (personOf[i] != null) {
				idOfGroup.merge(groupOf[i], personOf[i], Assignments::older);
			}
		}
		List<String[]> changes = new ArrayList<>();
		for (int i = 0; i < groupOf.length; i++) {
			String id = idOfGroup.computeIfAbsent(groupOf[i], g -> newPersonId.get());
			if (!id.equals(personOf[i])) {
				changes.add(new String[] { records.get(i).recordId(), id });
			}
		}
		return changes;
	}

	/** Of two person ids "P<number>", the one issued first. */
	private static String older(String a, String b) {
		return Long.parseLong(a.substring(1)) <= Long.parseLong(b.substring(1)) ? a : b;
	}

	boolean[] fresh() {
		return fresh;
	}

	int[] knownGroup() {
		return knownGroup;
	}

	List<int[]> same() {
		return same;
	}

	List<int[]> notSame() {
		return notSame;
	}

	int freshCount() {
		int count = 0;
		for (boolean f : fresh) {
			count += f ? 1 : 0;
		}
		return count;
	}
}
