package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Serial numbers as FORMATS.md normalises them. */
class SerialNumbersTest {

	@Test
	void normalisingUpperCasesAndDropsSpacesAndDashes() {
		assertThat(SerialNumbers.normalise(" abc-123 45 ")).isEqualTo("ABC12345");
		assertThat(SerialNumbers.normalise("rb\u2013987\u00A0654")).isEqualTo("RB987654");
	}

	@Test
	void normalisingNeverTurnsLettersIntoDigits() {
		assertThat(SerialNumbers.normalise("O0I1S5B8Z2")).isEqualTo("O0I1S5B8Z2");
		assertThat(SerialNumbers.normalise("ob-1")).isEqualTo("OB1");
	}

	@Test
	void nothingLeftIsNoSerial() {
		assertThat(SerialNumbers.normalise(null)).isNull();
		assertThat(SerialNumbers.normalise(" - -")).isNull();
	}

	@Test
	void serialsThatReadAlikeShareAShape() {
		assertThat(SerialNumbers.lookAlikeShape("OISBZ7")).isEqualTo("015827");
		assertThat(SerialNumbers.lookAlikeShape("SB1O2")).isEqualTo(SerialNumbers.lookAlikeShape("58102"));
		assertThat(SerialNumbers.lookAlikeShape("A12?4")).isEqualTo("A12?4");
	}

	@Test
	void lookAlikeCharactersArePairedOnlyWithTheirDigit() {
		assertThat(SerialNumbers.lookAlike('O', '0')).isTrue();
		assertThat(SerialNumbers.lookAlike('Z', '2')).isTrue();
		assertThat(SerialNumbers.lookAlike('7', '7')).isTrue();
		assertThat(SerialNumbers.lookAlike('O', '8')).isFalse();
		assertThat(SerialNumbers.lookAlike('A', '4')).isFalse();
	}

	@Test
	void partialSerialsMarkUnreadableCharacters() {
		assertThat(SerialNumbers.isPartial("A12?4?7")).isTrue();
		assertThat(SerialNumbers.isPartial("A1234")).isFalse();
		assertThat(SerialNumbers.isPartial(null)).isFalse();
		assertThat(SerialNumbers.readableCharacters("A12?4?7")).isEqualTo(5);
	}
}
