package org.irontrace.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one linked group into communities by the Louvain method (Blondel et al., 2008): each person
 * moves to the neighbouring community that most raises the modularity of the weighted links, then
 * communities become single nodes and the moves repeat, until nothing moves. Deterministic: people
 * are visited in the order they were given.
 */
final class Communities {

	/** Passes over the people per level; moves after the first few change little. */
	private static final int MAX_ROUNDS = 20;

	private final List<Integer> people;

	private final Map<Integer, Integer> local = new HashMap<>();

	private final List<Map<Integer, Double>> links = new ArrayList<>();

	Communities(List<Integer> people) {
		this.people = people;
		for (int i = 0; i < people.size(); i++) {
			local.put(people.get(i), i);
			links.add(new HashMap<>());
		}
	}

	void link(int a, int b, double strength) {
		int x = local.get(a);
		int y = local.get(b);
		if (x != y) {
			links.get(x).merge(y, strength, Double::sum);
			links.get(y).merge(x, strength, Double::sum);
		}
	}

	/** The communities, as lists of the ids given. */
	List<List<Integer>> find() {
		int[] membership = new int[people.size()];
		for (int i = 0; i < membership.length; i++) {
			membership[i] = i;
		}
		List<Map<Integer, Double>> graph = links;
		double[] selfLoops = new double[graph.size()];
		while (true) {
			int[] moved = oneLevel(graph, selfLoops);
			int count = 0;
			Map<Integer, Integer> renumber = new HashMap<>();
			for (int c : moved) {
				if (!renumber.containsKey(c)) {
					renumber.put(c, count++);
				}
			}
			if (count == graph.size()) {
				break;
			}
			for (int i = 0; i < membership.length; i++) {
				membership[i] = renumber.get(moved[membership[i]]);
			}
			List<Map<Integer, Double>> next = new ArrayList<>();
			double[] nextSelf = new double[count];
			for (int c = 0; c < count; c++) {
				next.add(new HashMap<>());
			}
			for (int node = 0; node < graph.size(); node++) {
				int c = renumber.get(moved[node]);
				nextSelf[c] += selfLoops[node];
				for (Map.Entry<Integer, Double> edge : graph.get(node).entrySet()) {
					int d = renumber.get(moved[edge.getKey()]);
					if (c == d) {
						nextSelf[c] += edge.getValue() / 2;
					}
					else {
						next.get(c).merge(d, edge.getValue(), Double::sum);
					}
				}
			}
			graph = next;
			selfLoops = nextSelf;
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (int i = 0; i < membership.length; i++) {
			groups.computeIfAbsent(membership[i], c -> new ArrayList<>()).add(people.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	/** Local moves until none raises modularity; answers each node's community. */
	private static int[] oneLevel(List<Map<Integer, Double>> graph, double[] selfLoops) {
		int n = graph.size();
		double[] degree = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			degree[i] = 2 * selfLoops[i];
			for (double w : graph.get(i).values()) {
				degree[i] += w;
			}
			total += degree[i];
		}
		int[] community = new int[n];
		double[] communityDegree = new double[n];
		for (int i = 0; i < n; i++) {
			community[i] = i;
			communityDegree[i] = degree[i];
		}
		if (total == 0) {
			return community;
		}
		boolean improved = true;
		int rounds = 0;
		while (improved && rounds++ < MAX_ROUNDS) {
			improved = false;
			for (int i = 0; i < n; i++) {
				Map<Integer, Double> towards = new HashMap<>();
				for (Map.Entry<Integer, Double> edge : graph.get(i).entrySet()) {
					towards.merge(community[edge.getKey()], edge.getValue(), Double::sum);
				}
				int own = community[i];
				communityDegree[own] -= degree[i];
				int best = own;
				double bestGain = towards.getOrDefault(own, 0.0) - communityDegree[own] * degree[i] / total;
				for (Map.Entry<Integer, Double> candidate : towards.entrySet()) {
					double gain = candidate.getValue() - communityDegree[candidate.getKey()] * degree[i] / total;
					if (gain > bestGain + 1e-12) {
						best = candidate.getKey();
						bestGain = gain;
					}
				}
				communityDegree[best] += degree[i];
				if (best != own) {
					community[i] = best;
					improved = true;
				}
			}
		}
		return community;
	}
}
