package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.irontrace.platform.Accents;

/**
 * How written names are brought to one spelling before they are compared: upper case, accents
 * dropped (clerks on either side of the border drop them inconsistently), punctuation to spaces.
 */
public final class Spelling {

	/** Joining words of Spanish and Portuguese surnames, dropped so "de la Cruz" reads as "Cruz". */
	private static final Set<String> PARTICLES = Set.of("DE", "DEL", "LA", "LAS", "LOS", "Y", "E", "DA", "DO", "DOS",
			"VAN", "VON", "DER");

	private Spelling() {
	}

	/** Upper case, no accents, letters and digits only, single spaces; null when nothing is left. */
	public static String fold(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = Accents.strip(text);
		StringBuilder out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = Character.toUpperCase(plain.charAt(i));
			if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				out.append(c);
				space = false;
			}
			else if (c != '\'') {
				space = true;
			}
		}
		return out.length() == 0 ? null : out.toString();
	}

	/** The words of a surname without joining particles: "García de la Cruz" gives GARCIA, CRUZ. */
	public static List<String> surnameWords(String folded) {
		List<String> words = new ArrayList<>(2);
		if (folded == null) {
			return words;
		}
		for (String word : folded.split(" ")) {
			if (!PARTICLES.contains(word)) {
				words.add(word);
			}
		}
		if (words.isEmpty()) {
			words.add(folded.replace(" ", ""));
		}
		return words;
	}

	/** The words of a given name: "María Guadalupe" gives MARIA, GUADALUPE. */
	public static List<String> words(String folded) {
		return folded == null ? List.of() : List.of(folded.split(" "));
	}
}
