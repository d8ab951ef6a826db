package org.irontrace.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import org.irontrace.platform.Accents;

/**
 * How the catalogue reads a name however a sender spelled it. Recovering agencies write in
 * Spanish, French and English, by hand or through forms that drop or add accents, so the catalogue
 * compares names after removing everything that does not tell two makers or calibres apart: case,
 * accents, punctuation and spacing.
 */
final class Spelling {

	/** Dots and apostrophes join what they separate: {@code S.A.} is {@code SA}, {@code COLT'S} is {@code COLTS}. */
	private static final Pattern JOINING_MARKS = Pattern.compile("[.'\u2019`\u00B4]");

	private static final Pattern OTHER_PUNCTUATION = Pattern.compile("[^A-Z0-9 ]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Spelling() {
	}

	/** Upper case without accents: {@code Fábrica} becomes {@code FABRICA}, {@code Oružje} {@code ORUZJE}. */
	static String plain(String asWritten) {
		return Accents.strip(asWritten).toUpperCase(Locale.ROOT);
	}

	/**
	 * A name reduced to words: plain letters and digits, {@code &} spelled {@code AND}, dots and
	 * apostrophes dropped, any other punctuation a word break, single spaces. Null for a blank name.
	 */
	static String words(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return null;
		}
		String text = plain(asWritten).replace("&", " AND ");
		text = JOINING_MARKS.matcher(text).replaceAll("");
		text = OTHER_PUNCTUATION.matcher(text).replaceAll(" ");
		text = SPACES.matcher(text).replaceAll(" ").trim();
		return text.isEmpty() ? null : text;
	}

	/** Upper case, accents dropped, single spaces; punctuation kept (calibres need their dots). */
	static String tidy(String asWritten) {
		if (asWritten == null || asWritten.isBlank()) {
			return null;
		}
		return SPACES.matcher(plain(asWritten)).replaceAll(" ").trim();
	}
}
