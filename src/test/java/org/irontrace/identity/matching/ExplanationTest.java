package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.irontrace.identity.LinkExplanation;
import org.irontrace.identity.LinkExplanation.FieldWeight;
import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

class ExplanationTest {

	private final List<PersonRecord> records = SmallPopulation.records();

	private final PersonResolver resolver = new PersonResolver(1);

	private final MatchModel model = resolver.resolve(records, ResolutionRequest.of(0.95)).model();

	private final LinkExplanation link = resolver.explainer(records, model).explain(records.get(0), records.get(1));

	@Test
	void namesEveryFieldWithItsLevelAndWeight() {
		assertThat(link.fields()).extracting(FieldWeight::field)
			.containsExactly("first name", "last name", "birth date", "street", "city", "state", "postcode", "identity number");
		assertThat(field("first name").levelName()).isEqualTo("name variant or one of several given names");
		assertThat(field("first name").valueA()).isEqualTo("José");
		assertThat(field("first name").valueB()).isEqualTo("Pepe");
		assertThat(field("last name").levelName()).isEqualTo("one surname of a double surname");
		assertThat(field("street").levelName()).isEqualTo("exact");
		assertThat(field("identity number").levelName()).isEqualTo("missing");
		assertThat(field("identity number").weight()).isZero();
		assertThat(field("birth date").weight()).isPositive();
	}

	@Test
	void weightsAddUpToTheMatchWeightAndProbability() {
		double sum = link.priorWeight();
		for (FieldWeight field : link.fields()) {
			sum += field.weight() + field.termFrequencyAdjustment();
		}
		assertThat(link.matchWeight()).isCloseTo(sum, within(0.01));
		assertThat(link.matchProbability()).isCloseTo(1 / (1 + Math.pow(2, -link.matchWeight())), within(1e-6));
		assertThat(link.matchProbability()).isGreaterThan(0.95);
	}

	@Test
	void differentPeopleAreExplainedAsUnlikely() {
		LinkExplanation strangers = resolver.explainer(records, model).explain(records.get(0), records.get(4 * 3));
		assertThat(strangers.matchProbability()).isLessThan(0.5);
	}

	private FieldWeight field(String name) {
		return link.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
	}
}
