package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

class BirthDateTest {

	private final RecordPreparation preparation = new RecordPreparation(NameVariants.standard(), AddressForms.standard());

	@Test
	void readsIsoAndCompactDatesAndSwappedOnesThatAreNoValidDate() {
		assertThat(BirthDate.parts("1984-03-25")).containsExactly(1984, 3, 25);
		assertThat(BirthDate.parts("19840325")).containsExactly(1984, 3, 25);
		assertThat(BirthDate.parts("1984-25-03")).containsExactly(1984, 25, 3);
		assertThat(BirthDate.parts("not a date")).containsExactly(0, 0, 0);
		assertThat(BirthDate.parts(null)).containsExactly(0, 0, 0);
	}

	@Test
	void comparesAtTheRightLevel() {
		assertThat(level("1984-03-25", "1984-03-25")).isEqualTo(Field.BIRTH_EXACT);
		assertThat(level("1984-03-05", "1984-05-03")).isEqualTo(Field.BIRTH_SWAPPED);
		assertThat(level("1984-03-25", "1984-25-03")).isEqualTo(Field.BIRTH_SWAPPED);
		assertThat(level("1984-03-25", "1948-03-25")).isEqualTo(Field.BIRTH_ONE_PART);
		assertThat(level("1984-03-25", "1984-03-26")).isEqualTo(Field.BIRTH_ONE_PART);
		assertThat(level("1984-03-25", "1990-07-01")).isEqualTo(Field.DIFFERENT);
		assertThat(level("1984-03-25", null)).isEqualTo(Field.MISSING);
	}

	@Test
	void swappedDatesShareABlockingKey() {
		assertThat(prepare("1984-03-05").birthKey()).isEqualTo(prepare("1984-05-03").birthKey());
	}

	private int level(String a, String b) {
		return BirthDate.level(prepare(a), prepare(b));
	}

	private PreparedRecord prepare(String dob) {
		return preparation.prepare(PersonRecord.of("r", "Ana", "Ruiz", dob));
	}
}
