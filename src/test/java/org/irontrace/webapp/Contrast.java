package org.irontrace.webapp;

/**
 * WCAG 2.1 contrast between two sRGB colours written {@code #rrggbb}: the ratio of their relative
 * luminances, each plus 0.05. A colour drawn with some opacity is first blended over what lies
 * beneath it, as the browser paints it.
 */
final class Contrast {

	/** WCAG 2.1 success criterion 1.4.11: graphical objects need 3:1 against what is next to them. */
	static final double SYMBOLS = 3.0;

	private Contrast() {
	}

	static double ratio(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	/** The colour seen where {@code colour} is painted with {@code opacity} over {@code beneath}. */
	static String over(String colour, double opacity, String beneath) {
		int[] top = rgb(colour);
		int[] bottom = rgb(beneath);
		StringBuilder mixed = new StringBuilder("#");
		for (int i = 0; i < 3; i++) {
			mixed.append(String.format("%02x", Math.round(top[i] * opacity + bottom[i] * (1 - opacity))));
		}
		return mixed.toString();
	}

	static double luminance(String colour) {
		int[] rgb = rgb(colour);
		return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static int[] rgb(String colour) {
		String hex = colour.startsWith("#") ? colour.substring(1) : colour;
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		int value = Integer.parseInt(hex, 16);
		return new int[] { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
	}
}
