package org.irontrace.catalog;

import java.util.Locale;

/**
 * Serial numbers as FORMATS.md normalises them: upper-cased, without spaces and dashes. Letters
 * are never turned into digits: look-alike characters are a matter for candidate search.
 */
public final class SerialNumbers {

	/** The character a reader could not make out in a partial serial. */
	public static final char UNREADABLE = '?';

	private static final String LOOK_ALIKE_FROM = "OISBZ";

	private static final String LOOK_ALIKE_TO = "01582";

	private SerialNumbers() {
	}

	/** The normalised serial, or null when nothing is left of it. */
	public static String normalise(String asWritten) {
		if (asWritten == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(asWritten.length());
		for (int i = 0; i < asWritten.length(); i++) {
			char c = asWritten.charAt(i);
			if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c)
					|| Character.isSpaceChar(c)) {
				continue;
			}
			out.append(c);
		}
		String normalised = out.toString().toUpperCase(Locale.ROOT);
		return normalised.isEmpty() ? null : normalised;
	}

	/**
	 * The serial with each look-alike letter replaced by the digit it is mistaken for (O->0, I->1,
	 * S->5, B->8, Z->2): two serials that read alike have the same shape. The database computes the
	 * same shape with {@code translate(serial_key, 'OISBZ', '01582')}.
	 */
	public static String lookAlikeShape(String normalised) {
		StringBuilder out = new StringBuilder(normalised.length());
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			int at = LOOK_ALIKE_FROM.indexOf(c);
			out.append(at < 0 ? c : LOOK_ALIKE_TO.charAt(at));
		}
		return out.toString();
	}

	/** Whether two characters are the same or a look-alike pair. */
	public static boolean lookAlike(char a, char b) {
		return a == b || lookAlikeShape(String.valueOf(a)).equals(lookAlikeShape(String.valueOf(b)));
	}

	public static boolean isPartial(String normalised) {
		return normalised != null && normalised.indexOf(UNREADABLE) >= 0;
	}

	public static int readableCharacters(String normalised) {
		int readable = 0;
		for (int i = 0; i < normalised.length(); i++) {
			if (normalised.charAt(i) != UNREADABLE) {
				readable++;
			}
		}
		return readable;
	}
}
