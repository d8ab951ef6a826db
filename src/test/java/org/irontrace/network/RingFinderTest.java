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
			Collection<TreeSet<String>> all = finder(pairs).groups();
			for (int ask = 0; ask < 5; ask++) {
				Set<String> of = new HashSet<>();
				int many = 1 + random.nextInt(4);
				for (int i = 0; i < many; i++) {
					of.add(person(random.nextInt(PEOPLE)));
				}
				// A fresh finder each time: the one asked first must not lean on a whole-graph grouping.
				Collection<TreeSet<String>> near = finder(pairs).groups(of);
				assertThat(all).as("world %d, rings around %s", world, of).containsAll(near);
				for (TreeSet<String> ring : all) {
					if (ring.stream().anyMatch(of::contains)) {
						assertThat(near).as("world %d, rings around %s", world, of).contains(ring);
					}
				}
			}
		}
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
