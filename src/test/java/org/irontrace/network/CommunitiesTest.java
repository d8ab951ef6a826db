package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Louvain split on small hand-drawn groups: rings joined by a weak link come apart, whatever order the links are read in. */
class CommunitiesTest {

	@Test
	void twoRingsJoinedByOneWeakLinkComeApart() {
		List<int[]> links = new ArrayList<>();
		List<Double> strengths = new ArrayList<>();
		// Two rings of five, each tied by shared addresses and seizures, and one purchase alongside between them.
		for (int ring = 0; ring < 2; ring++) {
			for (int a = 0; a < 5; a++) {
				for (int b = a + 1; b < 5; b++) {
					links.add(new int[] { ring * 5 + a, ring * 5 + b });
					strengths.add(2.0);
				}
			}
		}
		links.add(new int[] { 4, 5 });
		strengths.add(0.5);
		assertThat(split(links, strengths)).containsExactlyInAnyOrder(Set.of(0, 1, 2, 3, 4), Set.of(5, 6, 7, 8, 9));
	}

	@Test
	void theSplitDoesNotDependOnTheOrderLinksAreRead() {
		Random random = new Random(7);
		List<int[]> links = new ArrayList<>();
		List<Double> strengths = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int a = random.nextInt(60);
			int b = random.nextInt(60);
			if (a != b) {
				// Mostly within blocks of ten people, sometimes across.
				links.add(new int[] { a, random.nextDouble() < 0.8 ? a / 10 * 10 + b % 10 : b });
				strengths.add(new double[] { 0.25, 0.5, 1, 2, 3 }[random.nextInt(5)]);
			}
		}
		Set<Set<Integer>> first = split(links, strengths);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			order.add(i);
		}
		for (int trial = 0; trial < 5; trial++) {
			Collections.shuffle(order, random);
			List<int[]> shuffled = new ArrayList<>();
			List<Double> shuffledStrengths = new ArrayList<>();
			for (int i : order) {
				int[] link = links.get(i);
				shuffled.add(random.nextBoolean() ? link : new int[] { link[1], link[0] });
				shuffledStrengths.add(strengths.get(i));
			}
			assertThat(split(shuffled, shuffledStrengths)).isEqualTo(first);
		}
		assertThat(first).hasSizeGreaterThan(1);
	}

	private static Set<Set<Integer>> split(List<int[]> links, List<Double> strengths) {
		List<Integer> people = new ArrayList<>();
		links.forEach(link -> {
			for (int person : link) {
				if (!people.contains(person)) {
					people.add(person);
				}
			}
		});
		Collections.sort(people);
		Communities communities = new Communities(people);
		for (int i = 0; i < links.size(); i++) {
			communities.link(links.get(i)[0], links.get(i)[1], strengths.get(i));
		}
		Set<Set<Integer>> found = new HashSet<>();
		communities.find().forEach(c -> found.add(new HashSet<>(c)));
		return found;
	}
}
