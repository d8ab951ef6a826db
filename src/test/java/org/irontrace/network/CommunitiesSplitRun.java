package org.irontrace.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times the Louvain split of one linked group the size of the largest at 1,000,000 firearms (38,342
 * people): rings of 3 to 15 buyers tied by addresses and seizures, receivers supplied by several
 * rings, and weak links (buying alongside, same-named holders) chaining them into one group. The
 * baseline in the same run is grouping the same pairs without splitting. Not a test: it prints the
 * figures for BENCHMARKS.md and is skipped unless asked for:
 * {@code ./mvnw test -Dtest=CommunitiesSplitRun -Dsplit.people=38342}.
 */
@EnabledIfSystemProperty(named = "split.people", matches = "[0-9]+")
class CommunitiesSplitRun {

	@Test
	void split() {
		int people = Integer.getInteger("split.people");
		SplittableRandom random = new SplittableRandom(38342);
		List<int[]> pairs = new ArrayList<>();
		List<Double> strengths = new ArrayList<>();
		int person = 0;
		List<int[]> rings = new ArrayList<>();
		while (person < people) {
			int size = Math.min(people - person, 3 + random.nextInt(13));
			rings.add(new int[] { person, size });
			for (int a = 0; a < size; a++) {
				for (int b = a + 1; b < size; b++) {
					if (random.nextDouble() < 0.5) {
						pairs.add(new int[] { person + a, person + b });
						strengths.add(random.nextBoolean() ? 2.0 : 3.0);
					}
				}
				if (a > 0) {
					pairs.add(new int[] { person + a - 1, person + a });
					strengths.add(2.0);
				}
			}
			person += size;
		}
		for (int[] ring : rings) {
			// A receiver of this ring also supplied by another ring; a weak tie or two to strangers.
			int[] other = rings.get(random.nextInt(rings.size()));
			pairs.add(new int[] { ring[0], other[0] + random.nextInt(other[1]) });
			strengths.add(random.nextDouble() < 0.2 ? 2.0 : 1.0);
			for (int w = 0; w < 2; w++) {
				pairs.add(new int[] { ring[0] + random.nextInt(ring[1]), random.nextInt(people) });
				strengths.add(new double[] { 0.25, 0.5, 1.0 }[random.nextInt(3)]);
			}
		}
		for (int round = 0; round < 5; round++) {
			long start = System.nanoTime();
			RingFinder grouped = new RingFinder();
			for (int i = 0; i < pairs.size(); i++) {
				grouped.link("P" + pairs.get(i)[0], "P" + pairs.get(i)[1], strengths.get(i));
			}
			double grouping = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				members.add(i);
			}
			Communities communities = new Communities(members);
			for (int i = 0; i < pairs.size(); i++) {
				communities.link(pairs.get(i)[0], pairs.get(i)[1], strengths.get(i));
			}
			int found = communities.find().size();
			double splitting = (System.nanoTime() - start) / 1e9;
			System.out.printf("round %d: %,d people, %,d pairs: grouped in %.3f s, split into %,d communities in %.3f s (%.1fx the grouping)%n",
					round, people, pairs.size(), grouping, found, splitting, splitting / grouping);
		}
	}
}
