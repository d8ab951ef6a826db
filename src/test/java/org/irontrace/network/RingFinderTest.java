package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Rings bound by accomplices' links stay apart when only weak links or a shared receiver join them. */
class RingFinderTest {

	@Test
	void twoRingsAtOneCounterWithOneReceiverAreTwoRings() {
		RingFinder finder = new RingFinder();
		// Ring A: three buyers of one address; ring B: three buyers whose guns were seized together.
		finder.link("A1", "A2", 3, 3);
		finder.link("A2", "A3", 3, 3);
		finder.link("B1", "B2", 2, 2);
		finder.link("B2", "B3", 2, 2);
		// They bought at the same corrupt dealer in the same weeks...
		finder.link("A1", "B1", 1, 0);
		finder.link("A3", "B2", 1, 0);
		// ...and one receiver took guns from both, more of them from B.
		finder.link("A2", "X", 2, 0);
		finder.link("B1", "X", 2, 0);
		finder.link("B3", "X", 2, 0);
		// A buyer seen at ring A's counters time and again; a lawful one seen there twice.
		finder.link("A1", "S", 1, 0);
		finder.link("A3", "S", 1, 0);
		finder.link("A3", "L", 0.5, 0);
		assertThat(finder.groups()).containsExactlyInAnyOrder(rings("A1", "A2", "A3", "S"), rings("B1", "B2", "B3", "X"));
	}

	@Test
	void peopleTiedByWeakLinksAloneStillFormARing() {
		RingFinder finder = new RingFinder();
		finder.link("P1", "P2", 1, 0);
		finder.link("P2", "P3", 1, 0);
		assertThat(finder.groups()).containsExactly(rings("P1", "P2", "P3"));
	}

	@Test
	void theRingsOfOneGroupDoNotDependOnTheOrderLinksAreRead() {
		RingFinder forward = new RingFinder();
		RingFinder backward = new RingFinder();
		String[][] links = { { "C1", "C2", "3", "3" }, { "C3", "C4", "2", "2" }, { "C2", "C3", "1", "0" }, { "C5", "C2", "1", "0" },
				{ "C5", "C3", "1", "0" }, { "C6", "C5", "0.5", "0" } };
		for (int i = 0; i < links.length; i++) {
			String[] l = links[i];
			forward.link(l[0], l[1], Double.parseDouble(l[2]), Double.parseDouble(l[3]));
			String[] r = links[links.length - 1 - i];
			backward.link(r[1], r[0], Double.parseDouble(r[2]), Double.parseDouble(r[3]));
		}
		assertThat(Set.copyOf(forward.groups())).isEqualTo(Set.copyOf(backward.groups()));
	}

	private static TreeSet<String> rings(String... people) {
		return new TreeSet<>(Set.of(people));
	}
}
