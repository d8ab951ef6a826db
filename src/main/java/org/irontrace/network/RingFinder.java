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
 * the links' strengths). The communities are then joined again along the pairs whose evidence alone
 * binds (a shared address or document, guns seized together, a ballistic thread) while they stay a
 * ring's size: the split is along weak links, never through a ring's own addresses and seizures.
 * <p>
 * Two rings that buy at one corrupt dealer in the same weeks are tied by weak links (bought
 * alongside, the same counters), and a receiver supplied by both holds guns their buyers bought
 * (custody: a gun bought by one was found with the other). Neither says the two rings are one: the
 * buyers of one ring are held together by stronger ties (a shared address, guns seized together).
 * So a pair that {@linkplain #BINDING binds} makes one group of its two people at once; a pair
 * that does not (custody alone, or weak ties summing to less) joins people to a group, but does not
 * join two groups: a person whose such pairs reach two groups already bound is a
 * {@linkplain #hubs hub}, and joins its own group, or else the one it is tied to most. People tied
 * by nothing stronger (a fence's suppliers, a buyer seen once beside a ring) still join, as before.
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
	 * The strength from which a pair alone makes one group of its two people: a shared address or
	 * document, guns seized together, a confirmed ballistic hit, or weak ties that add up to as much;
	 * custody alone never does, however many guns ({@link LinkStrength}).
	 */
	static final double BINDING = 2;

	private final Map<String, Integer> index = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	/** Groups by every link: who can reach whom ({@link #linkedTo}). */
	private int[] parent = new int[1024];

	/** Groups by the binding pairs only: the groups a hub is weighed against. */
	private int[] tied = new int[1024];

	/** The rings' groups, hubs resolved; null until asked for, and again after a new link. */
	private int[] ring;

	/**
	 * The linked groups (roots of {@link #parent}) {@link #ring} was worked out for; null when for
	 * everyone. Rings never reach across linked groups, so the groups asked for are all that need
	 * weighing: after a new recovery whose groups are large every pair of the world is read, and
	 * deciding over all of them took most of the pass.
	 */
	private java.util.Set<Integer> ringScope;

	/** Who {@link #ring} weighed: the people of {@link #ringScope}'s groups, or everyone. */
	private boolean[] ringWeighed;

	/**
	 * Every pair read, its ends and strength in flat arrays: a full refresh reads every link of the
	 * world, millions at a million traced recoveries, and an array and a boxed number per pair held
	 * three times the memory.
	 */
	private int[] pairFrom = new int[1024];

	private int[] pairTo = new int[1024];

	private double[] pairStrength = new double[1024];

	/** Whether a pair binds its two people into one group by itself ({@link #BINDING}). */
	private boolean[] pairBinds = new boolean[1024];

	/** The strength of a pair's links that are evidence by themselves, weak ties apart. */
	private double[] pairEvidence = new double[1024];

	private int pairCount;

	/** Large groups already split, by root: a refresh asks for the same group's rings several times. */
	private final Map<Integer, List<TreeSet<String>>> splitGroups = new HashMap<>();

	void link(String a, String b) {
		link(a, b, 1);
	}

	void link(String a, String b, double strength) {
		link(a, b, strength, false);
	}

	/** A linked pair; {@code custodyOnly} when all its links are of custody (see {@link #hubs}). */
	void link(String a, String b, double strength, boolean custodyOnly) {
		link(a, b, strength, custodyOnly, custodyOnly ? 0 : strength);
	}

	/**
	 * A linked pair, with {@code evidence} the strength of its links that say by themselves that the
	 * two work together (a shared address or document, guns seized together, a ballistic thread): a
	 * split group is joined again only along those ({@link #joinedAlongEvidence}).
	 */
	void link(String a, String b, double strength, boolean custodyOnly, double evidence) {
		int x = id(a);
		int y = id(b);
		if (pairCount == pairFrom.length) {
			pairFrom = Arrays.copyOf(pairFrom, pairCount * 2);
			pairTo = Arrays.copyOf(pairTo, pairCount * 2);
			pairStrength = Arrays.copyOf(pairStrength, pairCount * 2);
			pairBinds = Arrays.copyOf(pairBinds, pairCount * 2);
			pairEvidence = Arrays.copyOf(pairEvidence, pairCount * 2);
		}
		pairFrom[pairCount] = x;
		pairTo[pairCount] = y;
		boolean binds = !custodyOnly && strength >= BINDING;
		pairBinds[pairCount] = binds;
		pairEvidence[pairCount] = evidence;
		pairStrength[pairCount++] = strength;
		union(parent, x, y);
		if (binds) {
			union(tied, x, y);
		}
		ring = null;
		ringScope = null;
		splitGroups.clear();
	}

	/** Every ring of two or more people, each sorted, as the people appear by id. */
	Collection<TreeSet<String>> groups() {
		return groups(null);
	}

	/** The rings of the linked groups that hold any of these people (all rings when null). */
	Collection<TreeSet<String>> groups(Collection<String> of) {
		java.util.Set<Integer> linked = of == null ? null : linkedGroups(of);
		int[] grouping = rings(linked);
		java.util.Set<Integer> wanted = null;
		if (of != null) {
			wanted = new java.util.HashSet<>();
			for (String person : of) {
				Integer id = index.get(person);
				if (id != null) {
					wanted.add(find(grouping, id));
				}
			}
		}
		Map<Integer, List<Integer>> components = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			if (!ringWeighed[i]) {
				continue;
			}
			int root = find(grouping, i);
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
		// The pairs whose evidence alone binds, by group: read in the same pass as the links the split weighs.
		Map<Integer, List<Integer>> evidence = new HashMap<>();
		if (!split.isEmpty()) {
			for (int i = 0; i < pairCount; i++) {
				int root = find(grouping, pairFrom[i]);
				Communities communities = split.get(root);
				// A hub's links to the groups it did not join stay outside its group.
				if (communities != null && find(grouping, pairTo[i]) == root) {
					communities.link(pairFrom[i], pairTo[i], pairStrength[i]);
					if (pairEvidence[i] >= BINDING) {
						evidence.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
					}
				}
			}
		}
		split.forEach((root, communities) -> {
			List<TreeSet<String>> rings = joinedAlongEvidence(communities.find(), evidence.getOrDefault(root, List.of())).stream()
				.filter(c -> c.size() > 1)
				.map(this::named)
				.toList();
			splitGroups.put(root, rings);
			groups.addAll(rings);
		});
		return groups;
	}

	/**
	 * The communities of a split group joined again along the pairs whose evidence alone binds (a
	 * shared address or document, guns seized together, a ballistic thread: weak ties that add up do
	 * not count), while the joined community stays a ring's size ({@link #SPLIT_ABOVE}). The split is
	 * along weak links: a ring whose members gave two addresses, its halves seized together, must not
	 * be cut in two because each half also buys beside strangers. Pairs are taken strongest first,
	 * then by their people's names, so the result does not depend on the order they were read in.
	 */
	private List<List<Integer>> joinedAlongEvidence(List<List<Integer>> communities, List<Integer> pairs) {
		Map<Integer, Integer> communityOf = new HashMap<>();
		for (int c = 0; c < communities.size(); c++) {
			for (int person : communities.get(c)) {
				communityOf.put(person, c);
			}
		}
		List<Integer> binding = new ArrayList<>();
		for (int i : pairs) {
			if (!communityOf.get(pairFrom[i]).equals(communityOf.get(pairTo[i]))) {
				binding.add(i);
			}
		}
		if (binding.isEmpty()) {
			return communities;
		}
		binding.sort(java.util.Comparator.comparingDouble((Integer i) -> -pairEvidence[i])
			.thenComparing(i -> first(pairFrom[i], pairTo[i]))
			.thenComparing(i -> last(pairFrom[i], pairTo[i])));
		int[] joined = new int[communities.size()];
		int[] size = new int[communities.size()];
		for (int c = 0; c < joined.length; c++) {
			joined[c] = c;
			size[c] = communities.get(c).size();
		}
		for (int i : binding) {
			int a = find(joined, communityOf.get(pairFrom[i]));
			int b = find(joined, communityOf.get(pairTo[i]));
			if (a != b && size[a] + size[b] <= SPLIT_ABOVE) {
				union(joined, a, b);
				size[find(joined, a)] = size[a] + size[b];
			}
		}
		Map<Integer, List<Integer>> merged = new java.util.TreeMap<>();
		for (int c = 0; c < joined.length; c++) {
			merged.computeIfAbsent(find(joined, c), r -> new ArrayList<>()).addAll(communities.get(c));
		}
		return List.copyOf(merged.values());
	}

	/**
	 * The members of these rings each ring holds only loosely: people with no bound group of their own
	 * in the ring, tied to the ring's bound members (the people its binding pairs hold together) by
	 * less than one weak link at its fullest in all ({@link #LOOSE}), and by less than half of all
	 * their own ties. A lawful buyer who stood twice beside a ring's member at a busy counter joins the
	 * ring's group (the ring finding keeps whoever a link reaches), but is not one of its crew: an
	 * analyst reads the ring by its members and sees such people listed apart, as the receivers are. A
	 * ring with no bound members (all its ties weak) holds nobody loosely: there is nothing firmer to
	 * set them against.
	 * <p>
	 * Decided from the pairs of each ring's linked group alone, so a pass and a full refresh decide alike.
	 */
	java.util.Set<String> heldLoosely(Collection<TreeSet<String>> rings) {
		int people = names.size();
		int[] ringOf = new int[people];
		Arrays.fill(ringOf, -1);
		int r = 0;
		for (TreeSet<String> ring : rings) {
			for (String member : ring) {
				Integer id = index.get(member);
				if (id != null) {
					ringOf[id] = r;
				}
			}
			r++;
		}
		// Bound: a member whose bound group has another member in the same ring.
		Map<Long, Integer> boundInRing = new HashMap<>();
		for (int i = 0; i < people; i++) {
			if (ringOf[i] >= 0) {
				boundInRing.merge((long) ringOf[i] << 32 | find(tied, i), 1, Integer::sum);
			}
		}
		boolean[] bound = new boolean[people];
		boolean[] ringHasBound = new boolean[r];
		for (int i = 0; i < people; i++) {
			if (ringOf[i] >= 0 && boundInRing.get((long) ringOf[i] << 32 | find(tied, i)) >= 2) {
				bound[i] = true;
				ringHasBound[ringOf[i]] = true;
			}
		}
		double[] toBound = new double[people];
		double[] all = new double[people];
		for (int i = 0; i < pairCount; i++) {
			if (pairBinds[i]) {
				continue;
			}
			int a = pairFrom[i];
			int b = pairTo[i];
			all[a] += pairStrength[i];
			all[b] += pairStrength[i];
			if (ringOf[a] >= 0 && ringOf[a] == ringOf[b]) {
				if (bound[b] && !bound[a]) {
					toBound[a] += pairStrength[i];
				}
				if (bound[a] && !bound[b]) {
					toBound[b] += pairStrength[i];
				}
			}
		}
		java.util.Set<String> loose = new java.util.HashSet<>();
		for (int i = 0; i < people; i++) {
			if (ringOf[i] >= 0 && !bound[i] && ringHasBound[ringOf[i]] && toBound[i] < LOOSE && toBound[i] < all[i] / 2) {
				loose.add(names.get(i));
			}
		}
		return loose;
	}

	/**
	 * Below this strength in all, a member's ties to a ring's bound members hold it only loosely: less
	 * than one weak link at its fullest (buying alongside again and again, or at two of the same
	 * dealers in the same weeks).
	 */
	static final double LOOSE = LinkStrength.MOST_ALONGSIDE;

	private String first(int a, int b) {
		return names.get(a).compareTo(names.get(b)) <= 0 ? names.get(a) : names.get(b);
	}

	private String last(int a, int b) {
		return names.get(a).compareTo(names.get(b)) <= 0 ? names.get(b) : names.get(a);
	}

	/**
	 * Everyone linked by a chain of links to any of these people, whether or not a ring holds them now:
	 * a split can leave the members of an earlier ring each alone, and their ring must still be found
	 * to be dissolved.
	 */
	java.util.Set<String> linkedTo(Collection<String> of) {
		java.util.Set<Integer> wanted = linkedGroups(of);
		java.util.Set<String> linked = new java.util.HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			if (wanted.contains(find(parent, i))) {
				linked.add(names.get(i));
			}
		}
		return linked;
	}

	/** The linked groups (roots of {@link #parent}) that hold any of these people. */
	private java.util.Set<Integer> linkedGroups(Collection<String> of) {
		java.util.Set<Integer> wanted = new java.util.HashSet<>();
		for (String person : of) {
			Integer id = index.get(person);
			if (id != null) {
				wanted.add(find(parent, id));
			}
		}
		return wanted;
	}

	/** Everyone in a linked group (by every link) of more than {@code most} people. */
	java.util.Set<String> peopleInGroupsOver(int most) {
		int[] size = new int[names.size()];
		for (int i = 0; i < names.size(); i++) {
			size[find(parent, i)]++;
		}
		java.util.Set<String> large = new java.util.HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			if (size[find(parent, i)] > most) {
				large.add(names.get(i));
			}
		}
		return large;
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
			tied = Arrays.copyOf(tied, id * 2);
		}
		parent[id] = id;
		tied[id] = id;
		return id;
	}

	/**
	 * The rings' groups: the groups bound by binding pairs, joined along the other pairs that no
	 * {@linkplain #hubs hub} holds apart. Every decision is taken on the bound groups as they are
	 * before any other pair joins them, so the result does not depend on the order pairs were read.
	 */
	private int[] rings(java.util.Set<Integer> linked) {
		if (ring != null && (ringScope == null || linked != null && ringScope.containsAll(linked))) {
			return ring;
		}
		int people = names.size();
		// Who is weighed: everyone, or the people of the linked groups asked for. A pair's two people
		// are always in one linked group, so a pair is weighed when its first person is.
		boolean[] weighed = new boolean[people];
		for (int i = 0; i < people; i++) {
			weighed[i] = linked == null || linked.contains(find(parent, i));
		}
		// Each person's bound group (a root of tied) and each group's size, read once for every decision.
		int[] bound = new int[people];
		int[] size = new int[people];
		for (int i = 0; i < people; i++) {
			bound[i] = weighed[i] ? find(tied, i) : i;
			size[bound[i]]++;
		}
		int[] target = hubs(weighed, bound, size);
		int[] joined = bound.clone();
		for (int i = 0; i < pairCount; i++) {
			if (!pairBinds[i] && weighed[pairFrom[i]] && !heldApart(pairFrom[i], pairTo[i], target, bound, size)
					&& !heldApart(pairTo[i], pairFrom[i], target, bound, size)) {
				union(joined, pairFrom[i], pairTo[i]);
			}
		}
		ring = joined;
		ringScope = linked == null ? null : java.util.Set.copyOf(linked);
		ringWeighed = weighed;
		return joined;
	}

	/**
	 * For each person whose pairs that do not bind reach two bound groups or more (of two people or
	 * more, its own counted), the group it joins (a root of {@link #tied}): its own when it has one,
	 * else the one those pairs tie it to most strongly (of equals, the one whose first member comes
	 * first by name). -1 for everyone else. Primitive arrays throughout: a full refresh holds
	 * millions of weak pairs, and only the few hubs with no group of their own are weighed.
	 */
	private int[] hubs(boolean[] weighed, int[] bound, int[] size) {
		int people = names.size();
		int[] firstGroup = new int[people];
		boolean[] several = new boolean[people];
		Arrays.fill(firstGroup, -1);
		for (int i = 0; i < pairCount; i++) {
			if (!pairBinds[i] && weighed[pairFrom[i]]) {
				reach(pairFrom[i], pairTo[i], firstGroup, several, bound, size);
				reach(pairTo[i], pairFrom[i], firstGroup, several, bound, size);
			}
		}
		int[] target = new int[people];
		Arrays.fill(target, -1);
		boolean[] toWeigh = new boolean[people];
		boolean anyToWeigh = false;
		for (int person = 0; person < people; person++) {
			int own = bound[person];
			if (firstGroup[person] < 0 || !several[person] && (size[own] < 2 || firstGroup[person] == own)) {
				continue;
			}
			if (size[own] >= 2) {
				target[person] = own;
			}
			else {
				toWeigh[person] = true;
				anyToWeigh = true;
			}
		}
		if (anyToWeigh) {
			weighStrongest(weighed, toWeigh, target, bound, size);
		}
		return target;
	}

	/** Notes the bound group a pair that does not bind reaches from {@code person}, and whether it is a second. */
	private void reach(int person, int other, int[] firstGroup, boolean[] several, int[] bound, int[] size) {
		int group = bound[other];
		if (size[group] < 2) {
			return;
		}
		if (firstGroup[person] < 0) {
			firstGroup[person] = group;
		}
		else if (firstGroup[person] != group) {
			several[person] = true;
		}
	}

	/** For the hubs with no group of their own, the group they are tied to most. */
	private void weighStrongest(boolean[] weighed, boolean[] toWeigh, int[] target, int[] bound, int[] size) {
		Map<Long, Double> strength = new HashMap<>();
		for (int i = 0; i < pairCount; i++) {
			if (!pairBinds[i] && weighed[pairFrom[i]]) {
				for (int end = 0; end < 2; end++) {
					int hub = end == 0 ? pairFrom[i] : pairTo[i];
					int other = end == 0 ? pairTo[i] : pairFrom[i];
					int group = bound[other];
					if (toWeigh[hub] && size[group] >= 2) {
						strength.merge((long) hub << 32 | group, pairStrength[i], Double::sum);
					}
				}
			}
		}
		String[] firstOf = firstMembers(bound);
		Map<Integer, Double> best = new HashMap<>();
		strength.forEach((key, tie) -> {
			int hub = (int) (key >>> 32);
			int group = (int) (key & 0xffffffffL);
			Double bestTie = best.get(hub);
			if (bestTie == null || tie > bestTie || tie.equals(bestTie) && firstOf[group].compareTo(firstOf[target[hub]]) < 0) {
				best.put(hub, tie);
				target[hub] = group;
			}
		});
	}

	/** Whether a hub holds this pair apart: the other end is in a bound group other than the one the hub joins. */
	private boolean heldApart(int hub, int other, int[] target, int[] bound, int[] size) {
		int group = bound[other];
		return target[hub] >= 0 && size[group] >= 2 && group != target[hub];
	}

	/** The first member by name of each bound group, by its root. */
	private String[] firstMembers(int[] bound) {
		String[] first = new String[names.size()];
		for (int i = 0; i < names.size(); i++) {
			int root = bound[i];
			if (first[root] == null || names.get(i).compareTo(first[root]) < 0) {
				first[root] = names.get(i);
			}
		}
		return first;
	}

	private static void union(int[] groups, int x, int y) {
		x = find(groups, x);
		y = find(groups, y);
		if (x != y) {
			groups[Math.max(x, y)] = Math.min(x, y);
		}
	}

	private static int find(int[] groups, int x) {
		while (groups[x] != x) {
			groups[x] = groups[groups[x]];
			x = groups[x];
		}
		return x;
	}
}
