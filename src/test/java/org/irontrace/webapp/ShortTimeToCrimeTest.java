package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTimeToCrimeTest {

	@Test
	void underAYearIsStrongUnderThreeYearsSuspectLaterNotShort() {
		assertThat(ShortTimeToCrime.of(0)).isEqualTo(ShortTimeToCrime.STRONG);
		assertThat(ShortTimeToCrime.of(364)).isEqualTo(ShortTimeToCrime.STRONG);
		assertThat(ShortTimeToCrime.of(365)).isEqualTo(ShortTimeToCrime.SUSPECT);
		assertThat(ShortTimeToCrime.of(3 * 365 - 1)).isEqualTo(ShortTimeToCrime.SUSPECT);
		assertThat(ShortTimeToCrime.of(3 * 365)).isEqualTo(ShortTimeToCrime.NOT_SHORT);
		assertThat(ShortTimeToCrime.of(null)).isNull();
	}
}
