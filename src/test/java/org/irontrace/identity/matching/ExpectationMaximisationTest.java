package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

	private final List<PersonRecord> records = SmallPopulation.records();

	private final Resolution resolution = new PersonResolver(1).resolve(records, ResolutionRequest.of(0.95));

	@Test
	void learnsThatAgreementIsEvidenceAndDisagreementIsNot() {
		MatchModel model = resolution.model();
		for (Field field : List.of(Field.FIRST_NAME, Field.LAST_NAME, Field.BIRTH_DATE, Field.POSTCODE)) {
			assertThat(model.weight(field, field.exactLevel())).as(field.label() + " exact").isPositive();
			assertThat(model.weight(field, Field.DIFFERENT)).as(field.label() + " different").isNegative();
		}
		assertThat(model.weight(Field.FIRST_NAME, 4)).as("a nickname is evidence").isPositive();
		assertThat(model.weight(Field.BIRTH_DATE, Field.BIRTH_SWAPPED)).as("a swapped date is evidence").isPositive();
		assertThat(model.prior()).isBetween(0.0, 1.0);
	}

	@Test
	void emConvergesToAFixedPoint() {
		java.util.Map<Integer, Long> counts = new java.util.HashMap<>();
		for (CandidatePairs pairs : resolution.candidates()) {
			for (int i = 0; i < pairs.size(); i++) {
				counts.merge(pairs.pattern(i), 1L, Long::sum);
			}
		}
		MatchModel once = ExpectationMaximisation.prior(counts, resolution.model());
		assertThat(once.prior()).isCloseTo(resolution.model().prior(), org.assertj.core.api.Assertions.within(1e-4));
	}

	@Test
	void findsEveryPersonOfTheFile() {
		int[] personOf = resolution.personOf();
		for (int i = 0; i < records.size(); i++) {
			for (int j = i + 1; j < records.size(); j++) {
				boolean truth = SmallPopulation.personOf(records.get(i)) == SmallPopulation.personOf(records.get(j));
				assertThat(personOf[i] == personOf[j]).as(records.get(i) + " / " + records.get(j)).isEqualTo(truth);
			}
		}
		assertThat(resolution.people()).isEqualTo(48);
	}
}
