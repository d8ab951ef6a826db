package org.irontrace.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups linked people: two people are in one group when a chain of links joins them. Plain
 * union-find with path halving, so a million links group in well under a second.
 */
final class RingFinder {

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	private int[] parent = new int[1024];

	void link(String a, String b) {
		int x = find(id(a));
		int y = find(id(b));
		if (x != y) {
			parent[Math.max(x, y)] = Math.min(x, y);
		}
	}

	/** Every group of two or more people, each sorted, as the people appear by id. */
	Collection<TreeSet<String>> groups() {
		Map<Integer, TreeSet<String>> groups = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			groups.computeIfAbsent(find(i), root -> new TreeSet<>()).add(names.get(i));
		}
		return groups.values().stream().filter(group -> group.size() > 1).toList();
	}

	private int id(String name) {
		Integer known = index.get(name);
		if (known != null) {
			return known;
		}
		int id = names.size();
		names.add(name);
		index.put(name, id);
		if (id == parent.length) {
			parent = java.util.Arrays.copyOf(parent, id * 2);
		}
		parent[id] = id;
		return id;
	}

	private int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}
}
