package org.irontrace.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IronTrace's one accent fold in Java: letters decomposed and their marks taken off, so "Pérez" reads
 * "Perez", "Oružje" "Oruzje" and "Ñuñez" "Nunez". Words typed in a search are folded here exactly as
 * the database's {@code irontrace_fold} (V35) folds the names they are compared with; the catalogue,
 * the resolution engine and the readers of free text fold with it too, so one rule decides what an
 * accent is.
 */
public final class Accents {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Accents() {
	}

	/** The text without accents, case and spacing as written. */
	public static String strip(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

	/** Typed words as {@code irontrace_fold} compares them: trimmed, without accents, lower case. */
	public static String fold(String words) {
		return strip(words.trim()).toLowerCase(Locale.ROOT);
	}
}
