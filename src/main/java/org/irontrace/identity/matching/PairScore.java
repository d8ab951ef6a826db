package org.irontrace.identity.matching;

/**
 * A pair's match weight: the prior's weight, each field's level weight, and for exact agreement
 * on a given name or surname the adjustment for how common that name is.
 */
final class PairScore {

	private final double priorWeight;

	private final double[][] table;

	private final float[] firstNameRarity;

	private final float[] lastNameRarity;

	PairScore(MatchModel model, PreparedRecord[] records, TermFrequencies firstNames, TermFrequencies lastNames) {
		this.priorWeight = model.priorWeight();
		this.table = model.weightTable();
		this.firstNameRarity = new float[records.length];
		this.lastNameRarity = new float[records.length];
		for (int i = 0; i < records.length; i++) {
			firstNameRarity[i] = (float) firstNames.adjustment(records[i].firstName);
			lastNameRarity[i] = (float) lastNames.adjustment(records[i].lastName);
		}
	}

	double weight(int a, int b, int pattern) {
		double weight = priorWeight;
		for (Field field : FIELDS) {
			weight += table[field.ordinal()][field.levelIn(pattern)];
		}
		if (Field.FIRST_NAME.levelIn(pattern) == Field.FIRST_NAME.exactLevel()) {
			weight += firstNameRarity[a];
		}
		if (Field.LAST_NAME.levelIn(pattern) == Field.LAST_NAME.exactLevel()) {
			weight += lastNameRarity[a];
		}
		return weight;
	}

	private static final Field[] FIELDS = Field.values();
}
