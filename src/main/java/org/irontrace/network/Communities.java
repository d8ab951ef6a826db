package org.irontrace.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one linked group into communities by the Louvain method (Blondel et al., 2008): each person
 * moves to the neighbouring community that most raises the modularity of the weighted links, then
 * communities become single nodes and the moves repeat, until nothing moves. Deterministic: people
 * are visited in the order they were given, and of two equally good communities the one met first
 * among a person's neighbours, in that order, is taken.
 * <p>
 * The graph is held in flat arrays ({@link CommunityGraph}), not in maps of boxed numbers: a new
 * recovery in a linked group of tens of thousands of people is split again while the analyst waits,
 * and that split is most of the wait.
 */
final class Communities {

	private final List<Integer> people;

	private final Map<Integer, Integer> local = new HashMap<>();

	private int[] from = new int[64];

	private int[] to = new int[64];

	private double[] strength = new double[64];

	private int links;

	Communities(List<Integer> people) {
		this.people = people;
		for (int i = 0; i < people.size(); i++) {
			local.put(people.get(i), i);
		}
	}

	void link(int a, int b, double strength) {
		int x = local.get(a);
		int y = local.get(b);
		if (x == y) {
			return;
		}
		if (links == from.length) {
			from = Arrays.copyOf(from, links * 2);
			to = Arrays.copyOf(to, links * 2);
			this.strength = Arrays.copyOf(this.strength, links * 2);
		}
		from[links] = x;
		to[links] = y;
		this.strength[links] = strength;
		links++;
	}

	/** The communities, as lists of the ids given. */
	List<List<Integer>> find() {
		int n = people.size();
		int[] membership = new int[n];
		for (int i = 0; i < n; i++) {
			membership[i] = i;
		}
		CommunityGraph graph = CommunityGraph.of(n, from, to, strength, links);
		while (true) {
			int[] moved = graph.oneLevel();
			int[] renumber = new int[graph.size()];
			Arrays.fill(renumber, -1);
			int count = 0;
			for (int node = 0; node < moved.length; node++) {
				if (renumber[moved[node]] < 0) {
					renumber[moved[node]] = count++;
				}
			}
			if (count == graph.size()) {
				break;
			}
			for (int i = 0; i < n; i++) {
				membership[i] = renumber[moved[membership[i]]];
			}
			int[] communityOf = new int[moved.length];
			for (int node = 0; node < moved.length; node++) {
				communityOf[node] = renumber[moved[node]];
			}
			graph = graph.folded(communityOf, count);
		}
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			while (groups.size() <= membership[i]) {
				groups.add(new ArrayList<>());
			}
			groups.get(membership[i]).add(people.get(i));
		}
		groups.removeIf(List::isEmpty);
		return groups;
	}
}
