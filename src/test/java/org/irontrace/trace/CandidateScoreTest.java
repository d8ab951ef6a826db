package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a serial reading scores against a marked serial. */
class CandidateScoreTest {

	@Test
	void exactCharactersOutscoreLookAlikesWhichOutscoreUnreadableOnes() {
		double exact = CandidateScore.serial("A1234", "A1234");
		double lookAlike = CandidateScore.serial("AI234", "A1234");
		double unreadable = CandidateScore.serial("A?234", "A1234");
		assertThat(exact).isEqualTo(1.0);
		assertThat(lookAlike).isLessThan(exact).isGreaterThan(unreadable);
	}

	@Test
	void differentCharactersAndLengthsScoreNothingForThatPosition() {
		assertThat(CandidateScore.serial("A1234", "A1235")).isEqualTo(0.8);
		assertThat(CandidateScore.serial("A123", "A1234")).isZero();
	}
}
