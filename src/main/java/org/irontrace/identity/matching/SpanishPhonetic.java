package org.irontrace.identity.matching;

/**
 * A sound key for surnames and given names written by Spanish and English speakers. Letters that
 * sound alike in Latin American Spanish fall together: B/V, LL/Y, Z/S/soft C, QU/K/hard C, J/soft
 * G/initial X, and H is silent. English clusters are folded too (PH, TH, SH, CK, silent GH, KN, WR).
 * Vowels count only at the start, where they are folded to A, and doubled sounds count once, so
 * Hernández and Ernandes, Vázquez and Basques, Llanes and Yanez share a key.
 */
public final class SpanishPhonetic {

	private static final int MAX_LENGTH = 6;

	private SpanishPhonetic() {
	}

	/** The key of one word (folded, letters only are read); the empty string when it has none. */
	public static String key(String word) {
		if (word == null) {
			return "";
		}
		String w = lettersOf(word);
		if (w.startsWith("KN") || w.startsWith("GN") || w.startsWith("PN") || w.startsWith("WR")) {
			w = w.substring(1);
		}
		StringBuilder out = new StringBuilder(MAX_LENGTH);
		int n = w.length();
		for (int i = 0; i < n && out.length() < MAX_LENGTH; i++) {
			char c = w.charAt(i);
			char next = i + 1 < n ? w.charAt(i + 1) : 0;
			char code;
			switch (c) {
				case 'A', 'E', 'I', 'O', 'U' -> code = out.length() == 0 ? 'A' : 0;
				case 'Y' -> code = vowel(next) ? 'Y' : out.length() == 0 ? 'A' : 0;
				case 'H' -> code = 0;
				case 'B', 'V' -> code = 'B';
				case 'W' -> code = vowel(next) ? 'W' : 0;
				case 'C' -> {
					if (next == 'H') {
						code = 'X';
						i++;
					}
					else {
						code = soft(next) ? 'S' : next == 'K' ? 0 : 'K';
					}
				}
				case 'Q', 'K' -> code = 'K';
				case 'G' -> {
					if (next == 'H') {
						code = i == 0 ? 'G' : 0;
						i++;
					}
					else if (next == 'U' && i + 2 < n && soft(w.charAt(i + 2))) {
						code = 'G';
						i++;
					}
					else {
						code = soft(next) ? 'J' : 'G';
					}
				}
				case 'J' -> code = 'J';
				case 'X' -> code = i == 0 ? (vowel(next) ? 'J' : 'S') : 'X';
				case 'Z' -> code = 'S';
				case 'S' -> {
					if (next == 'H') {
						code = 'X';
						i++;
					}
					else {
						code = 'S';
					}
				}
				case 'L' -> {
					if (next == 'L') {
						code = 'Y';
						i++;
					}
					else {
						code = 'L';
					}
				}
				case 'P' -> {
					code = next == 'H' ? 'F' : 'P';
					if (next == 'H') {
						i++;
					}
				}
				case 'T' -> {
					code = 'T';
					if (next == 'H') {
						i++;
					}
				}
				case 'D' -> code = 'T';
				default -> code = c;
			}
			if (code != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != code)) {
				out.append(code);
			}
		}
		return out.toString();
	}

	private static boolean vowel(char c) {
		return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
	}

	/** E, I and Y soften a preceding C or G. */
	private static boolean soft(char c) {
		return c == 'E' || c == 'I' || c == 'Y';
	}

	private static String lettersOf(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				letters.append(c);
			}
		}
		return letters.toString();
	}
}
