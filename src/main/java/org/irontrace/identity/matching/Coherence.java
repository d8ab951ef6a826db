package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that the people found hang together. Connected components chain people: A links to B and
 * B to C, and A and C, never compared or compared and found different, become one person. Within
 * every person of three records or more, two records that are not linked themselves but
 * contradict each other on what identifies a person (a different birth date with no identity number
 * in common, a different identity number with no birth date in common, or names that contradict
 * and nothing else to vouch for them, see {@link Conflicts}) are
 * kept apart; the person is then built again from its links, strongest first, so the weakest
 * bridge is the one that gives way.
 */
final class Coherence {

	/** Persons larger than this are checked on a sample of their members' pairs only (cost grows with the square). */
	private static final int LARGEST_CHECKED = 3000;

	private Coherence() {
	}

	/** Pairs of records (index pairs) found in one person that must be kept apart. */
	static List<int[]> walls(int[] groupOf, PreparedRecord[] records, long[] sortedLinks) {
		int people = 0;
		for (int g : groupOf) {
			people = Math.max(people, g + 1);
		}
		int[] size = new int[people];
		for (int g : groupOf) {
			size[g]++;
		}
		int[] start = new int[people + 1];
		for (int g = 0; g < people; g++) {
			start[g + 1] = start[g] + size[g];
		}
		int[] members = new int[groupOf.length];
		int[] at = Arrays.copyOf(start, people);
		for (int i = 0; i < groupOf.length; i++) {
			members[at[groupOf[i]]++] = i;
		}
		List<int[]> walls = new ArrayList<>();
		for (int g = 0; g < people; g++) {
			int n = start[g + 1] - start[g];
			if (n < 3) {
				continue;
			}
			int step = Math.max(1, n / LARGEST_CHECKED);
			for (int x = start[g]; x < start[g + 1]; x += step) {
				for (int y = x + 1; y < start[g + 1]; y++) {
					int a = members[x];
					int b = members[y];
					if (contradict(records[a], records[b]) && !linked(sortedLinks, a, b)) {
						walls.add(new int[] { a, b });
					}
				}
			}
		}
		return walls;
	}

	static boolean contradict(PreparedRecord a, PreparedRecord b) {
		int birth = BirthDate.level(a, b);
		int document = Comparisons.code(a.idNumber, b.idNumber);
		if (birth == Field.DIFFERENT && document <= Field.DIFFERENT
				|| document == Field.DIFFERENT && birth <= Field.BIRTH_ONE_PART) {
			return true;
		}
		int names = Field.FIRST_NAME.withLevel(0, Comparisons.firstName(a, b));
		names = Field.LAST_NAME.withLevel(names, Comparisons.lastName(a, b));
		if (Field.FIRST_NAME.levelIn(names) > 2 && Field.LAST_NAME.levelIn(names) > 2) {
			return false;
		}
		return Conflicts.contradict(a, b, Comparisons.pattern(a, b));
	}

	private static boolean linked(long[] sortedLinks, int a, int b) {
		long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
		return Arrays.binarySearch(sortedLinks, key) >= 0;
	}
}
