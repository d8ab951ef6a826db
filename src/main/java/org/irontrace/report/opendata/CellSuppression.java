package org.irontrace.report.opendata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression. Primary: every count from 1 to 4 is hidden, because a count that small
 * can point at identifiable people or events (the threshold many statistical offices use for crime
 * and health counts). Complementary: while any hidden cell could be worked back from the visible
 * cells and the relations ({@link Disclosure}), one more cell of a relation that gives it away is
 * hidden, the smallest non-zero one first so that the least information is lost.
 */
public final class CellSuppression {

	public static final int SMALLEST_PUBLISHED = 5;

	private CellSuppression() {
	}

	/** The cells to hide, given every cell's true count. */
	public static BitSet hide(long[] counts, List<Relation> relations) {
		return hide(counts, relations, new BitSet(counts.length));
	}

	/**
	 * The cells to hide when some are hidden already (by another table sharing them with these
	 * relations): those stay hidden, and the rule protects them like its own.
	 */
	public static BitSet hide(long[] counts, List<Relation> relations, BitSet hiddenAlready) {
		BitSet hidden = (BitSet) hiddenAlready.clone();
		for (int cell = 0; cell < counts.length; cell++) {
			if (counts[cell] >= 1 && counts[cell] < SMALLEST_PUBLISHED) {
				hidden.set(cell);
			}
		}
		while (true) {
			BitSet exposed = Disclosure.determined(relations, hidden, counts.length);
			if (exposed.isEmpty()) {
				return hidden;
			}
			int exposedCell = exposed.nextSetBit(0);
			Integer partner = partner(exposedCell, counts, relations, hidden);
			if (partner == null) {
				// Never the counts themselves in the message: it ends up in logs.
				throw new IllegalStateException("Cell " + exposedCell + " of the open data cannot be protected");
			}
			hidden.set(partner);
		}
	}

	private static List<Integer> members(Relation relation) {
		List<Integer> members = new ArrayList<>(relation.parts());
		members.add(relation.whole());
		return members;
	}

	/**
	 * The visible cell to hide with {@code cell}: in a relation that holds it, the smallest one first.
	 * A zero is never hidden: a reader knows an empty group is 0 whenever a relation says so.
	 */
	private static Integer partner(int cell, long[] counts, List<Relation> relations, BitSet hidden) {
		List<Integer> candidates = new ArrayList<>();
		for (Relation relation : relations) {
			List<Integer> members = members(relation);
			if (members.contains(cell)) {
				members.stream().filter(m -> !hidden.get(m) && counts[m] > 0).forEach(candidates::add);
			}
		}
		if (candidates.isEmpty()) {
			// Every relation holding the cell is hidden already, yet together with the others they
			// still pin it down: widen to any relation that holds a hidden cell.
			for (Relation relation : relations) {
				List<Integer> members = members(relation);
				if (members.stream().anyMatch(hidden::get)) {
					members.stream().filter(m -> !hidden.get(m) && counts[m] > 0).forEach(candidates::add);
				}
			}
		}
		return candidates.stream().min(Comparator.comparingLong(c -> counts[c]))
			.orElse(null);
	}
}
