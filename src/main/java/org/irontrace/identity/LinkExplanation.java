package org.irontrace.identity;

import java.util.List;

/**
 * Why two records are (or are not) taken for one person: each field's comparison level and the
 * weight in bits (log2 of its Bayes factor) it added, the prior's weight, and the resulting match
 * probability. {@code samePerson} and {@code judgement} say what the last resolution and the
 * analysts concluded. When one of the records carries a name alone, the weights cannot vouch for
 * the pair and {@code nameOnlyRule} names what does (see {@link NameOnlyRule}), or is null when
 * nothing around the records joins them.
 */
public record LinkExplanation(String recordA, String recordB, double priorWeight, List<FieldWeight> fields,
		double matchWeight, double matchProbability, double threshold, Boolean samePerson, Judgement judgement,
		NameOnlyRule nameOnlyRule) {

	public LinkExplanation(String recordA, String recordB, double priorWeight, List<FieldWeight> fields,
			double matchWeight, double matchProbability, double threshold, Boolean samePerson, Judgement judgement) {
		this(recordA, recordB, priorWeight, fields, matchWeight, matchProbability, threshold, samePerson, judgement, null);
	}

	/**
	 * One field's part: the values as written, the comparison level reached, m and u of that level,
	 * its weight log2(m/u), and for exact name agreement the adjustment for how rare the name is.
	 */
	public record FieldWeight(String field, String valueA, String valueB, int level, String levelName,
			double m, double u, double weight, double termFrequencyAdjustment) {
	}

	public LinkExplanation withConclusion(double threshold, Boolean samePerson, Judgement judgement) {
		return new LinkExplanation(recordA, recordB, priorWeight, fields, matchWeight, matchProbability, threshold,
				samePerson, judgement, nameOnlyRule);
	}

	public LinkExplanation withNameOnlyRule(NameOnlyRule rule) {
		return new LinkExplanation(recordA, recordB, priorWeight, fields, matchWeight, matchProbability, threshold,
				samePerson, judgement, rule);
	}
}
