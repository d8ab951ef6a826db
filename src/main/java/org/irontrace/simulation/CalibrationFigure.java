package org.irontrace.simulation;

/**
 * One public figure of DOMAIN.md next to what the simulated world shows.
 *
 * @param figure what is measured, e.g. "Mexico: US-sourced share of traced guns"
 * @param publicValue the published value, as published
 * @param source who published it
 * @param simulated the world's value, in {@code unit}
 * @param low lowest value accepted as calibrated
 * @param high highest value accepted as calibrated
 * @param unit {@code %} or {@code guns}
 */
public record CalibrationFigure(String figure, String publicValue, String source, double simulated, double low,
		double high, String unit) {

	public boolean within() {
		return simulated >= low && simulated <= high;
	}

	public String tolerance() {
		return format(low) + "-" + format(high) + " " + unit;
	}

	public String simulatedText() {
		return format(simulated) + " " + unit;
	}

	private static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}
}
