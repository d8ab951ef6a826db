package org.irontrace.benchmark.identity;

import java.util.SplittableRandom;

import org.irontrace.platform.Accents;

/** The errors clerks make: typos of every kind, accents dropped, abbreviated address words. */
final class Noise {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private Noise() {
	}

	/** One keying error: a letter changed, dropped, doubled in, or two neighbours swapped. */
	static String typo(SplittableRandom random, String text) {
		if (text.length() < 3) {
			return text;
		}
		int at = 1 + random.nextInt(text.length() - 2);
		char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
		return switch (random.nextInt(4)) {
			case 0 -> text.substring(0, at) + letter + text.substring(at + 1);
			case 1 -> text.substring(0, at) + text.substring(at + 1);
			case 2 -> text.substring(0, at) + letter + text.substring(at);
			default -> text.substring(0, at - 1) + text.charAt(at) + text.charAt(at - 1) + text.substring(at + 1);
		};
	}

	static String withoutAccents(String text) {
		return text == null ? null : Accents.strip(text);
	}

	/** A digit of a code changed. */
	static String digitTypo(SplittableRandom random, String code) {
		int at = random.nextInt(code.length());
		return code.substring(0, at) + (char) ('0' + random.nextInt(10)) + code.substring(at + 1);
	}

	/** Address words in their short forms, as many forms are filled in. */
	static String abbreviated(String street) {
		return street.replace("Calle ", "C. ").replace("Avenida ", "Av. ").replace("Colonia ", "Col. ")
			.replace(" Street", " St").replace(" Road", " Rd").replace(" Avenue", " Ave").replace("Parish", "Par.");
	}
}
