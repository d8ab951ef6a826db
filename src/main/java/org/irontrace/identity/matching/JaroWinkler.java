package org.irontrace.identity.matching;

/**
 * Jaro-Winkler similarity: transpositions and typos cost little, and a shared beginning (where
 * people rarely misspell) raises the score. 1 is identical, 0 nothing in common.
 */
public final class JaroWinkler {

	private static final double PREFIX_SCALE = 0.1;

	private JaroWinkler() {
	}

	public static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int la = a.length();
		int lb = b.length();
		if (la == 0 || lb == 0) {
			return 0;
		}
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		boolean[] usedA = new boolean[la];
		boolean[] usedB = new boolean[lb];
		int matches = 0;
		for (int i = 0; i < la; i++) {
			char c = a.charAt(i);
			int end = Math.min(lb, i + window + 1);
			for (int j = Math.max(0, i - window); j < end; j++) {
				if (!usedB[j] && b.charAt(j) == c) {
					usedA[i] = true;
					usedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int halfTranspositions = 0;
		for (int i = 0, j = 0; i < la; i++) {
			if (usedA[i]) {
				while (!usedB[j]) {
					j++;
				}
				if (a.charAt(i) != b.charAt(j)) {
					halfTranspositions++;
				}
				j++;
			}
		}
		double m = matches;
		double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3;
		int prefix = 0;
		while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * PREFIX_SCALE * (1 - jaro);
	}

	/** At most one edit apart: one character changed, added, dropped, or two neighbours swapped. */
	public static boolean oneEditApart(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int start = 0;
		while (start < la && start < lb && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		if (la == lb) {
			if (start == la) {
				return true;
			}
			if (a.regionMatches(start + 1, b, start + 1, la - start - 1)) {
				return true;
			}
			return start + 1 < la && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
					&& a.regionMatches(start + 2, b, start + 2, la - start - 2);
		}
		String longer = la > lb ? a : b;
		String shorter = la > lb ? b : a;
		return longer.regionMatches(start + 1, shorter, start, shorter.length() - start);
	}
}
