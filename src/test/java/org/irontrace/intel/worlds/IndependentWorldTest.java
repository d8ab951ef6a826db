package org.irontrace.intel.worlds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worlds of different seeds are different worlds: a figure measured on a world never used while
 * building means something only if that world's people are not the development world's again.
 */
class IndependentWorldTest {

	@TempDir
	Path folder;

	@Test
	void twoSeedsShareAlmostNoBuyer() throws Exception {
		Set<String> first = buyers(11, "XAAAAAAA");
		for (long seed : new long[] { 12, 7001, 7004 }) {
			Set<String> other = buyers(seed, "XBBBBBBB" + seed);
			Set<String> shared = new HashSet<>(first);
			shared.retainAll(other);
			// By chance alone: 9,000 buyers each over 20 given names, 28 surnames and 16,800 birth dates.
			assertThat(shared).as("buyers of seeds 11 and %d with one name and birth date", seed).hasSizeLessThan(first.size() / 100);
		}
	}

	private Set<String> buyers(long seed, String tag) throws Exception {
		Path world = folder.resolve(tag);
		new IndependentWorld(seed, IndependentWorld.Shape.full(), tag).write(world);
		Set<String> buyers = new HashSet<>();
		for (String line : Files.readAllLines(world.resolve("commerce_events.csv"))) {
			String[] field = line.split(",", -1);
			if (field[1].equals("SOLD")) {
				buyers.add(field[12] + " " + field[13].replace(tag, "") + " " + field[14]);
			}
		}
		return buyers;
	}
}
