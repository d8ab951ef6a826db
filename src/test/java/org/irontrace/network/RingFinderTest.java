package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The rings around a few people, as a new recovery asks for them, are the rings a whole-graph
 * grouping finds for those people: what an analyst sees after a trace equals a full refresh.
 */
class RingFinderTest {

	@Test
	void ringsAskedForAroundSomePeopleAreThoseOfTheWholeGraph() {
		for (int world = 0; world < 40; world++) {
			Random random = new Random(world);
			List<Object[]> pairs = randomPairs(random);
			RingFinder whole = finder(pairs);
			Collection<TreeSet<String>> all = whole.groups();
			Set<String> looseInAll = whole.heldLoosely(all);
			for (int ask = 0; ask < 5; ask++) {
				Set<String> of = new HashSet<>();
				int many = 1 + random.nextInt(4);
				for (int i = 0; i < many; i++) {
					of.add(person(random.nextInt(PEOPLE)));
				}
				// A fresh finder each time: the one asked first must not lean on a whole-graph grouping.
				RingFinder around = finder(pairs);
				Collection<TreeSet<String>> near = around.groups(of);
				assertThat(all).as("world %d, rings around %s", world, of).containsAll(near);
				Set<String> inNear = new HashSet<>();
				near.forEach(inNear::addAll);
				Set<String> looseInNear = new HashSet<>(looseInAll);
				looseInNear.retainAll(inNear);
				assertThat(around.heldLoosely(near)).as("world %d, held loosely around %s", world, of)
					.containsExactlyInAnyOrderElementsOf(looseInNear);
				for (TreeSet<String> ring : all) {
					if (ring.stream().anyMatch(of::contains)) {
						assertThat(near).as("world %d, rings around %s", world, of).contains(ring);
					}
				}
			}
		}
	}

	@Test
	void aBuyerSeenOnceBesideARingAndMoreOftenElsewhereIsHeldLoosely() {
		RingFinder finder = ringWithPeopleBesideIt();
		Collection<TreeSet<String>> rings = finder.groups();
		assertThat(rings).containsExactly(
				new TreeSet<>(Set.of("a1", "a2", "a3", "receiver", "beside", "stranger", "recruit", "only-here")));
		assertThat(finder.heldLoosely(rings)).as("the buyer seen beside, and the stranger reached only through them")
			.containsExactlyInAnyOrder("beside", "stranger");

		// Around one member, as a new recovery asks: the same.
		RingFinder near = ringWithPeopleBesideIt();
		assertThat(near.heldLoosely(near.groups(List.of("a3")))).containsExactlyInAnyOrder("beside", "stranger");
	}

	private static RingFinder ringWithPeopleBesideIt() {
		RingFinder finder = new RingFinder();
		// Three buyers at one address, and a receiver found with their guns.
		finder.link("a1", "a2", LinkStrength.SHARED_ADDRESS);
		finder.link("a2", "a3", LinkStrength.SHARED_ADDRESS);
		finder.link("receiver", "a1", LinkStrength.FOUND_WITH, true);
		// A buyer beside a1 on two occasions, and at another counter beside a stranger again and again.
		finder.link("beside", "a1", 2 * LinkStrength.EACH_OCCASION_ALONGSIDE);
		finder.link("beside", "stranger", LinkStrength.MOST_ALONGSIDE);
		// A buyer at two of the ring's dealers in the same weeks as two of its members: of the ring.
		finder.link("recruit", "a2", LinkStrength.SAME_DEALERS);
		finder.link("recruit", "a3", LinkStrength.SAME_DEALERS);
		// A buyer seen beside a3 twice and with no other tie: nothing says they are anyone else's.
		finder.link("only-here", "a3", 2 * LinkStrength.EACH_OCCASION_ALONGSIDE);
		return finder;
	}

	@Test
	void aRingOfWeakTiesAloneHoldsNobodyLoosely() {
		RingFinder finder = new RingFinder();
		finder.link("w1", "w2", LinkStrength.MOST_ALONGSIDE);
		finder.link("w2", "w3", LinkStrength.EACH_OCCASION_ALONGSIDE * 2);
		finder.link("w3", "w4", LinkStrength.SAME_DEALERS);
		Collection<TreeSet<String>> rings = finder.groups();
		assertThat(rings).containsExactly(new TreeSet<>(Set.of("w1", "w2", "w3", "w4")));
		assertThat(finder.heldLoosely(rings)).isEmpty();
	}

	@Test
	void aReceiverSuppliedByTwoRingsDoesNotMakeThemOne() {
		RingFinder finder = new RingFinder();
		// Two rings of three buyers sharing an address; one receiver holds guns bought by each.
		finder.link("a1", "a2", 2);
		finder.link("a2", "a3", 2);
		finder.link("b1", "b2", 2);
		finder.link("b2", "b3", 2);
		finder.link("receiver", "a1", 3, true);
		finder.link("receiver", "b1", 1, true);
		assertThat(finder.groups(List.of("b3")))
			.containsExactly(new TreeSet<>(Set.of("b1", "b2", "b3")));
		assertThat(finder.groups()).containsExactlyInAnyOrder(new TreeSet<>(Set.of("a1", "a2", "a3", "receiver")),
				new TreeSet<>(Set.of("b1", "b2", "b3")));
	}

	@Test
	void aRingWhoseTwoAddressesWereSeizedTogetherIsNotCutInTwo() {
		RingFinder finder = new RingFinder();
		// One ring of six: three buyers at one address, three at another, guns of both halves seized together.
		finder.link("a1", "a2", 3);
		finder.link("a2", "a3", 3);
		finder.link("b1", "b2", 3);
		finder.link("b2", "b3", 3);
		finder.link("a1", "b1", 2);
		// Two rings of eight buyers, each a chain of shared addresses, at the same counters: the six bought
		// beside them week after week (weak ties), and one of each half beside one of them so often that
		// those ties add up to a bond (weak ties all the same: no evidence by itself).
		for (String other : List.of("x", "y")) {
			for (int i = 1; i < 8; i++) {
				finder.link(other + i, other + (i + 1), 3);
			}
			for (int i = 1; i <= 8; i++) {
				for (String half : List.of("a", "b")) {
					for (int j = 1; j <= 3; j++) {
						if ((i + j + (other.equals("x") ? 0 : 1)) % 2 == (half.equals("a") ? 0 : 1)) {
							finder.link(half + j, other + i, 0.25);
						}
					}
				}
			}
		}
		finder.link("a3", "x1", 2.5, false, 0);
		finder.link("b3", "y1", 2.5, false, 0);
		// Split along its weak links, the group of 22 falls into halves; the halves are joined again along
		// the evidence (the addresses, the seizure), never along the weak ties that added up.
		List<Set<String>> rings = List.of(Set.of("a1", "a2", "a3", "b1", "b2", "b3"),
				Set.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"), Set.of("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8"));
		assertThat(finder.groups()).containsExactlyInAnyOrderElementsOf(rings.stream().map(TreeSet::new).toList());
		assertThat(new ArrayList<>(finder.groups(List.of("b3")))).containsExactlyInAnyOrderElementsOf(rings.stream().map(TreeSet::new).toList());
	}

	private static final int PEOPLE = 120;

	/** Clusters bound by strong pairs, weak and custody pairs between and around them, a few large groups. */
	private static List<Object[]> randomPairs(Random random) {
		List<Object[]> pairs = new ArrayList<>();
		int count = 80 + random.nextInt(120);
		for (int i = 0; i < count; i++) {
			int a = random.nextInt(PEOPLE);
			int b = random.nextBoolean() ? Math.floorMod(a + 1 + random.nextInt(4), PEOPLE) : random.nextInt(PEOPLE);
			if (a == b) {
				continue;
			}
			double strength = switch (random.nextInt(4)) {
				case 0 -> 0.5;
				case 1 -> 1;
				case 2 -> 2;
				default -> 3;
			};
			pairs.add(new Object[] { person(a), person(b), strength, random.nextInt(5) == 0 });
		}
		return pairs;
	}

	private static RingFinder finder(List<Object[]> pairs) {
		RingFinder finder = new RingFinder();
		pairs.forEach(p -> finder.link((String) p[0], (String) p[1], (double) p[2], (boolean) p[3]));
		return finder;
	}

	private static String person(int i) {
		return "p%03d".formatted(i);
	}
}
