package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

/** "Same" joins people through every record; "not the same" keeps them apart whatever the links say. */
class JudgementsTest {

	private final List<PersonRecord> records = SmallPopulation.records();

	private final PersonResolver resolver = new PersonResolver(1);

	@Test
	void sameJoinsTwoPeopleTransitively() {
		int[] people = resolver.resolve(records, ResolutionRequest.of(0.95)
			.withJudgements(List.<int[]>of(new int[] { 0, 3 }), List.of())).personOf();
		assertThat(people[2]).as("a record of person 0 joins person 1's records").isEqualTo(people[5]);
	}

	@Test
	void notSameSplitsAPersonAndIsNeverOverridden() {
		List<int[]> apart = List.<int[]>of(new int[] { 0, 1 });
		int[] people = resolver.resolve(records, ResolutionRequest.of(0.95)
			.withJudgements(List.<int[]>of(new int[] { 0, 4 }, new int[] { 1, 4 }), apart)).personOf();
		assertThat(people[0]).isNotEqualTo(people[1]);
		assertThat(people[4]).as("'same' that would bridge a 'not the same' loses").satisfiesAnyOf(
				p -> assertThat(p).isNotEqualTo(people[0]), p -> assertThat(p).isNotEqualTo(people[1]));
	}

	@Test
	void clusteringRefusesAJoinAcrossAWall() {
		Clustering clustering = new Clustering(4);
		clustering.keepApart(0, 3);
		assertThat(clustering.join(0, 1)).isTrue();
		assertThat(clustering.join(2, 3)).isTrue();
		assertThat(clustering.join(1, 2)).as("would put 0 and 3 together").isFalse();
		assertThat(clustering.find(0)).isNotEqualTo(clustering.find(3));
	}

	@Test
	void incrementalRunKeepsExistingPeopleAndPlacesOnlyNewRecords() {
		boolean[] fresh = new boolean[records.size()];
		int[] known = new int[records.size()];
		for (int i = 0; i < records.size(); i++) {
			fresh[i] = i % 3 == 2;
			known[i] = fresh[i] ? -1 : SmallPopulation.personOf(records.get(i));
		}
		Resolution resolution = resolver.resolve(records, ResolutionRequest.of(0.95).incremental(fresh, known));
		assertThat(resolution.people()).isEqualTo(48);
		assertThat(resolution.personOf()[2]).isEqualTo(resolution.personOf()[0]);
		for (CandidatePairs pairs : resolution.candidates()) {
			for (int i = 0; i < pairs.size(); i++) {
				assertThat(fresh[pairs.first(i)] || fresh[pairs.second(i)]).isTrue();
			}
		}
	}
}
