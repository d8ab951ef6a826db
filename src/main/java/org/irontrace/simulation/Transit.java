package org.irontrace.simulation;

/**
 * Days from the moment a gun is diverted to its recovery abroad: log-normal with a median of two
 * years and a long tail, which with the second-hand guns gives time-to-crime under 3 years in
 * about half of the completed traces (46% nationally, NFCTA vol. II).
 */
final class Transit {

	static final double MEDIAN_DAYS = 730;

	static final double SIGMA = 1.15;

	private Transit() {
	}

	static int draw(Dice dice) {
		return (int) Math.max(5, dice.logNormal(MEDIAN_DAYS, SIGMA));
	}

	/** Chance that a gun diverted now is recovered within {@code days}. */
	static double within(double days) {
		if (days <= 0) {
			return 0;
		}
		return normalCdf(Math.log(days / MEDIAN_DAYS) / SIGMA);
	}

	/** Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
	static double normalCdf(double z) {
		double x = Math.abs(z) / Math.sqrt(2);
		double t = 1 / (1 + 0.3275911 * x);
		double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
				* Math.exp(-x * x);
		return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
	}
}
