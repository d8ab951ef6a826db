package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.webapp.SerialPattern.Kind;
import org.junit.jupiter.api.Test;

class SerialPatternTest {

	@Test
	void marksWhatWasReadTheSameUnreadableOrDifferent() {
		assertThat(SerialPattern.of("AB?1O3", "AB71-03").marks()).containsExactly(new SerialPattern.Mark("AB", Kind.SAME),
				new SerialPattern.Mark("7", Kind.UNREADABLE), new SerialPattern.Mark("1", Kind.SAME),
				new SerialPattern.Mark("0", Kind.DIFFERENT), new SerialPattern.Mark("3", Kind.SAME));
	}

	@Test
	void aReadingOfAnotherLengthIsNotSetSideBySide() {
		assertThat(SerialPattern.of("AB1", "AB123").marks()).containsExactly(new SerialPattern.Mark("AB123", Kind.SAME));
		assertThat(SerialPattern.of(null, "x1").marks()).containsExactly(new SerialPattern.Mark("X1", Kind.SAME));
	}
}
