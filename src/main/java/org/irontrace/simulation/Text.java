package org.irontrace.simulation;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers on the hot path (String.format is too slow for millions of rows). */
final class Text {

	private Text() {
	}

	static String zeroPadded(long value, int width) {
		String digits = Long.toString(value);
		if (digits.length() >= width) {
			return digits;
		}
		return "0".repeat(width - digits.length()) + digits;
	}

	/** Degrees with four decimals (about 10 m), written without the cost of a formatter. */
	static String degrees(double value) {
		long scaled = Math.round(value * 10_000);
		String sign = scaled < 0 ? "-" : "";
		long magnitude = Math.abs(scaled);
		return sign + magnitude / 10_000 + "." + zeroPadded(magnitude % 10_000, 4);
	}

	/** The text without accents (José -> Jose): how many forms and databases write Spanish names. */
	static String withoutAccents(String text) {
		if (text == null || text.chars().allMatch(c -> c < 128)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static String upper(String text) {
		return text == null ? null : text.toUpperCase(Locale.ROOT);
	}
}
