package org.irontrace.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups linked people into rings. People joined by a chain of links form a group (union-find with
 * path halving, so a million links group in well under a second). A group larger than
 * {@link #SPLIT_ABOVE} people is no single ring: weak links (buying at the same dealers, a common
 * name) join rings that share a dealer or a town, so such a group is split into communities that
 * are tied more strongly inside than to each other ({@link Communities}, the Louvain method over
 * the links' strengths).
 */
final class RingFinder {

	/**
	 * A straw ring has at most 15 purchasers and 5 receivers. A linked group larger than that is
	 * joined by something other than one ring's work: a receiver supplied by several rings, buyers of
	 * one common name, counters shared with strangers. It is split along its weak links into the
	 * communities tied more strongly inside than to each other, before it grows past what the
	 * evidence supports.
	 */
	static final int SPLIT_ABOVE = 20;

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	private int[] parent = new int[1024];

	/**
	 * Every pair read, its ends and strength in flat arrays: a full refresh reads every link of the
	 * world, millions at a million traced recoveries, and an array and a boxed number per pair held
	 * three times the memory.
	 */
	private int[] pairFrom = new int[1024];

	private int[] pairTo = new int[1024];

	private double[] pairStrength = new double[1024];

	private int pairCount;

	/** Large groups already split, by root: a refresh asks for the same group's rings several times. */
	private final Map<Integer, List<TreeSet<String>>> splitGroups = new HashMap<>();

	void link(String a, String b) {
		link(a, b, 1);
	}

	void link(String a, String b, double strength) {
		int x = id(a);
		int y = id(b);
		if (pairCount == pairFrom.length) {
			pairFrom = Arrays.copyOf(pairFrom, pairCount * 2);
			pairTo = Arrays.copyOf(pairTo, pairCount * 2);
			pairStrength = Arrays.copyOf(pairStrength, pairCount * 2);
		}
		pairFrom[pairCount] = x;
		pairTo[pairCount] = y;
		pairStrength[pairCount++] = strength;
		x = find(x);
		y = find(y);
		if (x != y) {
			parent[Math.max(x, y)] = Math.min(x, y);
		}
	}

	/** Every ring of two or more people, each sorted, as the people appear by id. */
	Collection<TreeSet<String>> groups() {
		return groups(null);
	}

	/** The rings of the linked groups that hold any of these people (all rings when null). */
	Collection<TreeSet<String>> groups(Collection<String> of) {
		java.util.Set<Integer> wanted = null;
		if (of != null) {
			wanted = new java.util.HashSet<>();
			for (String person : of) {
				Integer id = index.get(person);
				if (id != null) {
					wanted.add(find(id));
				}
			}
		}
		Map<Integer, List<Integer>> components = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			int root = find(i);
			if (wanted == null || wanted.contains(root)) {
				components.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
			}
		}
		Map<Integer, List<Integer>> large = new HashMap<>();
		components.forEach((root, members) -> {
			if (members.size() > SPLIT_ABOVE) {
				large.put(root, members);
			}
		});
		List<TreeSet<String>> groups = new ArrayList<>();
		components.forEach((root, members) -> {
			if (members.size() > 1 && members.size() <= SPLIT_ABOVE) {
				groups.add(named(members));
			}
		});
		if (large.isEmpty()) {
			return groups;
		}
		Map<Integer, Communities> split = new HashMap<>();
		large.forEach((root, members) -> {
			if (splitGroups.containsKey(root)) {
				groups.addAll(splitGroups.get(root));
			}
			else {
				// Louvain's result depends on the order people are visited: by name, a group splits the
				// same way whether the whole graph was read or only the links around a new recovery.
				members.sort(java.util.Comparator.comparing(names::get));
				split.put(root, new Communities(members));
			}
		});
		if (!split.isEmpty()) {
			for (int i = 0; i < pairCount; i++) {
				Communities communities = split.get(find(pairFrom[i]));
				if (communities != null) {
					communities.link(pairFrom[i], pairTo[i], pairStrength[i]);
				}
			}
		}
		split.forEach((root, communities) -> {
			List<TreeSet<String>> rings = communities.find().stream().filter(c -> c.size() > 1).map(this::named).toList();
			splitGroups.put(root, rings);
			groups.addAll(rings);
		});
		return groups;
	}

	/**
	 * Everyone linked by a chain of links to any of these people, whether or not a ring holds them now:
	 * a split can leave the members of an earlier ring each alone, and their ring must still be found
	 * to be dissolved.
	 */
	java.util.Set<String> linkedTo(Collection<String> of) {
		java.util.Set<Integer> wanted = new java.util.HashSet<>();
		for (String person : of) {
			Integer id = index.get(person);
			if (id != null) {
				wanted.add(find(id));
			}
		}
		java.util.Set<String> linked = new java.util.HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			if (wanted.contains(find(i))) {
				linked.add(names.get(i));
			}
		}
		return linked;
	}

	private TreeSet<String> named(List<Integer> members) {
		TreeSet<String> group = new TreeSet<>();
		members.forEach(m -> group.add(names.get(m)));
		return group;
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
			parent = Arrays.copyOf(parent, id * 2);
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
