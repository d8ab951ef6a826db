package org.irontrace.identity.matching;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.identity.LinkExplanation;
import org.irontrace.identity.LinkExplanation.FieldWeight;
import org.irontrace.identity.PersonRecord;

/** Explains the score of one pair of records field by field, under a model and a population's name frequencies. */
public final class Explainer {

	private final RecordPreparation preparation;

	private final MatchModel model;

	private final TermFrequencies firstNames;

	private final TermFrequencies lastNames;

	/** How many records of the population carry each name key (a namesake's given name and surname). */
	private final java.util.Map<String, Integer> namesakes;

	Explainer(RecordPreparation preparation, MatchModel model, TermFrequencies firstNames, TermFrequencies lastNames,
			java.util.Map<String, Integer> namesakes) {
		this.preparation = preparation;
		this.model = model;
		this.firstNames = firstNames;
		this.lastNames = lastNames;
		this.namesakes = namesakes;
	}

	/**
	 * What joins two records when one carries a name alone (null when nothing does, or when both
	 * carry more and the weights speak for them): the name-only model's rules for this one pair.
	 */
	public org.irontrace.identity.NameOnlyRule nameOnlyRule(PersonRecord a, RecordContext contextA, PersonRecord b,
			RecordContext contextB, boolean sameSourcePerson) {
		PreparedRecord pa = preparation.prepare(a);
		PreparedRecord pb = preparation.prepare(b);
		String key = NameOnlyLinks.nameKey(pa);
		return NameOnlyLinks.ruleBetween(pa, contextA, a.recordId(), pb, contextB, b.recordId(), sameSourcePerson,
				key == null ? Integer.MAX_VALUE : namesakes.getOrDefault(key, 0));
	}

	public LinkExplanation explain(PersonRecord a, PersonRecord b) {
		PreparedRecord pa = preparation.prepare(a);
		PreparedRecord pb = preparation.prepare(b);
		int pattern = Comparisons.pattern(pa, pb);
		double total = model.priorWeight();
		List<FieldWeight> fields = new ArrayList<>();
		for (Field field : Field.values()) {
			int level = field.levelIn(pattern);
			double rarity = 0;
			if (level == field.exactLevel() && field == Field.FIRST_NAME) {
				rarity = firstNames.adjustment(pa.firstName);
			}
			else if (level == field.exactLevel() && field == Field.LAST_NAME) {
				rarity = lastNames.adjustment(pa.lastName);
			}
			double weight = model.weight(field, level);
			total += weight + rarity;
			fields.add(new FieldWeight(field.label(), valueOf(a, field), valueOf(b, field), level, field.levelName(level),
					model.m()[field.ordinal()][level], model.u()[field.ordinal()][level], round(weight), round(rarity)));
		}
		return new LinkExplanation(a.recordId(), b.recordId(), round(model.priorWeight()), fields, round(total),
				MatchModel.probability(total), 0, null, null);
	}

	private static String valueOf(PersonRecord record, Field field) {
		return switch (field) {
			case FIRST_NAME -> record.firstName();
			case LAST_NAME -> record.lastName();
			case BIRTH_DATE -> record.dob();
			case STREET -> record.street();
			case CITY -> record.city();
			case STATE -> record.state();
			case POSTCODE -> record.postalCode();
			case ID_NUMBER -> record.idNumber();
		};
	}

	private static double round(double bits) {
		return Math.round(bits * 1000) / 1000.0;
	}
}
