package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

/**
 * A father and a son of one name at one address: each links to a record that says little (no
 * birth date, no document), and connected components would make one person of the three. Their
 * own birth dates and licences differ, so the coherence check keeps them apart.
 */
class ChainedPeopleTest {

	private final PersonResolver resolver = new PersonResolver(1);

	@Test
	void aChainedPersonIsSplitWhereTwoRecordsContradictEachOther() {
		List<PersonRecord> records = new ArrayList<>(SmallPopulation.records());
		int father = records.size();
		records.add(new PersonRecord("father", "", "Ramón", "Villegas Beltrán", "1958-02-11", "Calle Allende 40",
				"Ciudad Juárez", "CHH", "32100", "CHH5551234"));
		int bridge = records.size();
		records.add(new PersonRecord("bridge", "", "Ramón", "Villegas Beltrán", null, "Calle Allende 40", "Ciudad Juárez",
				"CHH", "32100", null));
		int son = records.size();
		records.add(new PersonRecord("son", "", "Ramón", "Villegas Beltrán", "1986-09-23", "Calle Allende 40",
				"Ciudad Juárez", "CHH", "32100", "CHH7778899"));
		Resolution resolution = resolver.resolve(records, ResolutionRequest.of(0.95));
		int[] people = resolution.personOf();
		assertThat(people[father]).as("father and son are two people").isNotEqualTo(people[son]);
		assertThat(people[bridge]).as("the record that says little goes with one of them")
			.satisfiesAnyOf(p -> assertThat(p).isEqualTo(people[father]), p -> assertThat(p).isEqualTo(people[son]));
		assertThat(resolution.keptApart()).isPositive();
	}

	@Test
	void recordsThatAgreeAreNotSplit() {
		List<PersonRecord> records = SmallPopulation.records();
		int[] people = resolver.resolve(records, ResolutionRequest.of(0.95)).personOf();
		for (int i = 0; i < records.size(); i++) {
			for (int j = i + 1; j < records.size(); j++) {
				if (SmallPopulation.personOf(records.get(i)) == SmallPopulation.personOf(records.get(j))) {
					assertThat(people[i]).as(records.get(i).recordId() + " and " + records.get(j).recordId())
						.isEqualTo(people[j]);
				}
			}
		}
	}
}
