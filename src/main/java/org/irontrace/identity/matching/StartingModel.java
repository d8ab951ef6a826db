package org.irontrace.identity.matching;

import java.util.SplittableRandom;

/**
 * Where EM starts. u: the levels of random pairs of records, which are almost all different
 * people, so they show how often strangers agree by chance. m: a guess that records of one person
 * mostly agree exactly; EM corrects it from the data.
 */
final class StartingModel {

	private static final int SAMPLE = 200_000;

	private StartingModel() {
	}

	static MatchModel of(PreparedRecord[] records) {
		Field[] fields = Field.values();
		double[][] m = new double[fields.length][];
		double[][] u = new double[fields.length][];
		for (Field field : fields) {
			int levels = field.levelCount();
			m[field.ordinal()] = new double[levels];
			u[field.ordinal()] = new double[levels];
			for (int level = 1; level < levels; level++) {
				m[field.ordinal()][level] = level == levels - 1 ? 0.9 : 0.1 / (levels - 2);
			}
		}
		if (records.length > 1) {
			SplittableRandom random = new SplittableRandom(20261125L);
			long pairs = Math.min(SAMPLE, (long) records.length * (records.length - 1) / 2);
			for (long i = 0; i < pairs; i++) {
				int a = random.nextInt(records.length);
				int b = random.nextInt(records.length - 1);
				int pattern = Comparisons.pattern(records[a], records[b >= a ? b + 1 : b]);
				for (Field field : fields) {
					u[field.ordinal()][field.levelIn(pattern)]++;
				}
			}
		}
		ExpectationMaximisation.normalise(m);
		ExpectationMaximisation.normalise(u);
		return new MatchModel(0.1, m, u);
	}
}
