package org.irontrace.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rings of one linked group: the cores that accomplices' links bind ({@link RingFinder#BINDS}),
 * each with the people whose links to it are strongest and add up to as much as one such link (a
 * receiver the ring supplied, a buyer seen at its counters time and again; one purchase alongside it
 * is not enough), and the people tied to no core grouped as their own links join them. People are
 * numbered 0..n-1 in the order of their names; of two cores tied equally to a person, the one whose
 * first member comes first by name is taken, so the outcome depends only on the links.
 */
final class RingCores {

	private final int people;

	private final int[] from;

	private final int[] to;

	private final double[] strength;

	private final double[] binding;

	/** The group's people 0..people-1 and its links as parallel arrays (each pair's summed strength and binding part). */
	RingCores(int people, int[] from, int[] to, double[] strength, double[] binding) {
		this.people = people;
		this.from = from;
		this.to = to;
		this.strength = strength;
		this.binding = binding;
	}

	/** The rings, as lists of people in ascending order, single people included. */
	List<List<Integer>> rings() {
		int[] core = identity();
		for (int k = 0; k < from.length; k++) {
			if (binding[k] >= RingFinder.BINDS) {
				union(core, from[k], to[k]);
			}
		}
		int[] size = new int[people];
		for (int i = 0; i < people; i++) {
			size[root(core, i)]++;
		}
		Map<Integer, Map<Integer, Double>> tie = new HashMap<>();
		for (int k = 0; k < from.length; k++) {
			int cx = root(core, from[k]);
			int cy = root(core, to[k]);
			if (size[cx] == 1 && size[cy] > 1) {
				tie.computeIfAbsent(from[k], p -> new TreeMap<>()).merge(cy, strength[k], Double::sum);
			}
			if (size[cy] == 1 && size[cx] > 1) {
				tie.computeIfAbsent(to[k], p -> new TreeMap<>()).merge(cx, strength[k], Double::sum);
			}
		}
		int[] ring = new int[people];
		for (int i = 0; i < people; i++) {
			ring[i] = root(core, i);
			Map<Integer, Double> toCores = tie.get(i);
			if (size[ring[i]] == 1 && toCores != null) {
				// Roots are the smallest index of a core: of equal ties, the first core by name.
				Map.Entry<Integer, Double> strongest = toCores.entrySet().stream().max(Map.Entry.<Integer, Double>comparingByValue()
					.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).get();
				if (strongest.getValue() >= RingFinder.BINDS) {
					ring[i] = strongest.getKey();
				}
			}
		}
		int[] loose = identity();
		for (int k = 0; k < from.length; k++) {
			if (size[ring[from[k]]] == 1 && size[ring[to[k]]] == 1) {
				union(loose, from[k], to[k]);
			}
		}
		Map<Integer, List<Integer>> rings = new TreeMap<>();
		for (int i = 0; i < people; i++) {
			rings.computeIfAbsent(size[ring[i]] > 1 ? ring[i] : root(loose, i), r -> new ArrayList<>()).add(i);
		}
		return List.copyOf(rings.values());
	}

	private int[] identity() {
		int[] parent = new int[people];
		for (int i = 0; i < people; i++) {
			parent[i] = i;
		}
		return parent;
	}

	private static void union(int[] parent, int a, int b) {
		int x = root(parent, a);
		int y = root(parent, b);
		if (x != y) {
			parent[Math.max(x, y)] = Math.min(x, y);
		}
	}

	private static int root(int[] parent, int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}
}
