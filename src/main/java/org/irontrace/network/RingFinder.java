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
 * path halving, so a million links group in well under a second). Within a group, a ring is bound by
 * the links that tie buyers to one another as accomplices: guns seized together, an address or an
 * identity document given on both their sale forms ({@link #BINDS}). Those cores are joined only by
 * such a link; anyone else (a receiver the ring supplied, a buyer seen at the ring's counters time and
 * again) joins the one core they are most strongly linked to, when their links to it add up to as much
 * as one such link; people tied to no core stay grouped as their links join them. So weak links (buying at the same dealers, a holder of a common name, a receiver
 * supplied by two rings) never weld two rings into one lead. A ring still larger than
 * {@link #SPLIT_ABOVE} people is split into communities tied more strongly inside than to each other
 * ({@link Communities}, the Louvain method over the links' strengths).
 * <p>
 * Everything is decided within one linked group, from its links alone and in the order of people's
 * names, so the rings of a group come out the same whether the whole graph was read or only the
 * links around a new recovery.
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

	/**
	 * A pair bound by this much strength of accomplices' links (one seizure together, one shared address
	 * or document; see {@link LinkStrength}) belongs to one ring.
	 */
	static final double BINDS = LinkStrength.RECOVERED_TOGETHER;

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	private int[] parent = new int[1024];

	private final List<int[]> pairs = new ArrayList<>();

	private final List<Double> strengths = new ArrayList<>();

	/** Of each pair's strength, how much rests on links that tie accomplices (seizures, shared forms). */
	private final List<Double> bindings = new ArrayList<>();

	/** Large groups already split, by root: a refresh asks for the same group's rings several times. */
	private final Map<Integer, List<TreeSet<String>>> splitGroups = new HashMap<>();

	void link(String a, String b) {
		link(a, b, 1, 0);
	}

	/** A linked pair of this strength, none of it an accomplices' link. */
	void link(String a, String b, double strength) {
		link(a, b, strength, 0);
	}

	/** A linked pair: its summed strength, and how much of it ties them as accomplices ({@link #BINDS}). */
	void link(String a, String b, double strength, double binding) {
		int x = id(a);
		int y = id(b);
		pairs.add(new int[] { x, y });
		strengths.add(strength);
		bindings.add(binding);
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
		List<TreeSet<String>> groups = new ArrayList<>();
		Map<Integer, List<Integer>> unsplit = new HashMap<>();
		components.forEach((root, members) -> {
			if (splitGroups.containsKey(root)) {
				groups.addAll(splitGroups.get(root));
			}
			else if (members.size() > 1) {
				unsplit.put(root, members);
			}
		});
		if (unsplit.isEmpty()) {
			return groups;
		}
		Map<Integer, List<Integer>> linksOf = new HashMap<>();
		for (int i = 0; i < pairs.size(); i++) {
			int root = find(pairs.get(i)[0]);
			if (unsplit.containsKey(root)) {
				linksOf.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
			}
		}
		unsplit.forEach((root, members) -> {
			// By name: a group comes apart the same way whether the whole graph was read or a part of it.
			members.sort(java.util.Comparator.comparing(names::get));
			List<TreeSet<String>> rings = new ArrayList<>();
			for (List<Integer> ring : cores(members, linksOf.get(root))) {
				if (ring.size() > SPLIT_ABOVE) {
					rings.addAll(louvain(ring, linksOf.get(root)));
				}
				else if (ring.size() > 1) {
					rings.add(named(ring));
				}
			}
			splitGroups.put(root, rings);
			groups.addAll(rings);
		});
		return groups;
	}

	/** The rings of one group, its people sorted by name ({@link RingCores}), as the ids of its people. */
	private List<List<Integer>> cores(List<Integer> members, List<Integer> links) {
		Map<Integer, Integer> at = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			at.put(members.get(i), i);
		}
		int[] from = new int[links.size()];
		int[] to = new int[links.size()];
		double[] strength = new double[links.size()];
		double[] binding = new double[links.size()];
		for (int k = 0; k < links.size(); k++) {
			int i = links.get(k);
			from[k] = at.get(pairs.get(i)[0]);
			to[k] = at.get(pairs.get(i)[1]);
			strength[k] = strengths.get(i);
			binding[k] = bindings.get(i);
		}
		return new RingCores(members.size(), from, to, strength, binding).rings().stream()
			.map(ring -> ring.stream().map(members::get).toList()).toList();
	}

	/** One ring too large for the evidence, split along its weak links. */
	private List<TreeSet<String>> louvain(List<Integer> ring, List<Integer> links) {
		Communities communities = new Communities(ring);
		java.util.Set<Integer> in = new java.util.HashSet<>(ring);
		for (int i : links) {
			int[] pair = pairs.get(i);
			if (in.contains(pair[0]) && in.contains(pair[1])) {
				communities.link(pair[0], pair[1], strengths.get(i));
			}
		}
		return communities.find().stream().filter(c -> c.size() > 1).map(this::named).toList();
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
