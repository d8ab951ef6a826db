package org.irontrace.identity.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * People as connected components of the links, with analysts' "not the same" judgements as walls:
 * two groups are never joined when a record of one was judged not the same as a record of the
 * other, whatever path of links or "same" judgements would join them.
 */
final class Clustering {

	private final int[] parent;

	/** For groups that hold a judged record: the records judged not the same as one of theirs. */
	private final Map<Integer, Set<Integer>> apart = new HashMap<>();

	Clustering(int records) {
		parent = new int[records];
		for (int i = 0; i < records; i++) {
			parent[i] = i;
		}
	}

	void keepApart(int a, int b) {
		apart.computeIfAbsent(find(a), k -> new HashSet<>()).add(b);
		apart.computeIfAbsent(find(b), k -> new HashSet<>()).add(a);
	}

	/** Joins the groups of a and b unless a judgement keeps them apart; answers whether they are one group. */
	boolean join(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return true;
		}
		Set<Integer> apartA = apart.get(ra);
		Set<Integer> apartB = apart.get(rb);
		if (apartA != null || apartB != null) {
			if (forbidden(apartA, rb) || forbidden(apartB, ra)) {
				return false;
			}
		}
		if (apartA != null && (apartB == null || apartA.size() > apartB.size())) {
			parent[rb] = ra;
			if (apartB != null) {
				apartA.addAll(apartB);
				apart.remove(rb);
			}
		}
		else {
			parent[ra] = rb;
			if (apartA != null) {
				apartB.addAll(apartA);
				apart.remove(ra);
			}
		}
		return true;
	}

	private boolean forbidden(Set<Integer> records, int otherRoot) {
		if (records == null) {
			return false;
		}
		for (int record : records) {
			if (find(record) == otherRoot) {
				return true;
			}
		}
		return false;
	}

	int find(int record) {
		int root = record;
		while (parent[root] != root) {
			root = parent[root];
		}
		while (parent[record] != root) {
			int next = parent[record];
			parent[record] = root;
			record = next;
		}
		return root;
	}

	/** The group of every record as numbers 0..people-1, in order of first appearance. */
	int[] groups() {
		int[] group = new int[parent.length];
		int[] number = new int[parent.length];
		java.util.Arrays.fill(number, -1);
		int people = 0;
		for (int i = 0; i < parent.length; i++) {
			int root = find(i);
			if (number[root] < 0) {
				number[root] = people++;
			}
			group[i] = number[root];
		}
		return group;
	}
}
