package org.irontrace.identity.matching;

/**
 * The Fellegi-Sunter model: for every field and level, m = how often two records of one person
 * compare at that level, u = how often two records of different people do; {@code prior} is the
 * share of candidate pairs that are the same person. A level's weight is log2(m/u), its Bayes
 * factor in bits; a pair's match weight is the prior's weight plus its levels' weights.
 */
public record MatchModel(double prior, double[][] m, double[][] u) {

	private static final double FLOOR = 1e-6;

	/** log2(m/u) of a field at a level; 0 for a missing value. */
	public double weight(Field field, int level) {
		if (level == Field.MISSING) {
			return 0;
		}
		double mm = Math.max(FLOOR, m[field.ordinal()][level]);
		double uu = Math.max(FLOOR, u[field.ordinal()][level]);
		return log2(mm / uu);
	}

	public double priorWeight() {
		return log2(prior / (1 - prior));
	}

	/** The weights of every field and level, for scoring millions of pairs without recomputing logs. */
	double[][] weightTable() {
		Field[] fields = Field.values();
		double[][] table = new double[fields.length][];
		for (Field field : fields) {
			table[field.ordinal()] = new double[field.levelCount()];
			for (int level = 0; level < field.levelCount(); level++) {
				table[field.ordinal()][level] = weight(field, level);
			}
		}
		return table;
	}

	public static double probability(double matchWeight) {
		return 1 / (1 + Math.pow(2, -matchWeight));
	}

	/** The match weight a probability corresponds to: the threshold in bits. */
	public static double weightOf(double probability) {
		return log2(probability / (1 - probability));
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
