package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.irontrace.identity.PersonRecord;
import org.junit.jupiter.api.Test;

/** Nicknames, double surnames, dropped accents and address forms, at the comparison levels they reach. */
class NameHandlingTest {

	private final RecordPreparation preparation = new RecordPreparation(NameVariants.standard(), AddressForms.standard());

	@Test
	void nicknamesAndShortFormsAreVariants() {
		NameVariants variants = NameVariants.standard();
		assertThat(variants.variants("JOSE", "PEPE")).isTrue();
		assertThat(variants.variants("GUADALUPE", "LUPE")).isTrue();
		assertThat(variants.variants("FRANCISCO", "PANCHO")).isTrue();
		assertThat(variants.variants("FRANCISCO", "PACO")).isTrue();
		assertThat(variants.variants("WILLIAM", "BILL")).isTrue();
		assertThat(variants.variants("ROBERT", "BOB")).isTrue();
		assertThat(variants.variants("ALBERTO", "BETO")).as("a short form of several names").isTrue();
		assertThat(variants.variants("JOSE", "JUAN")).isFalse();
	}

	@Test
	void givenNamesCompareExactAcrossAccentsAndAsVariants() {
		assertThat(firstNameLevel("José", "JOSE")).isEqualTo(5);
		assertThat(firstNameLevel("José", "Pepe")).isEqualTo(4);
		assertThat(firstNameLevel("María Guadalupe", "Lupe")).isEqualTo(4);
		assertThat(firstNameLevel("José Luis", "José")).isEqualTo(4);
		assertThat(firstNameLevel("Jose", "Joes")).isIn(2, 3);
		assertThat(firstNameLevel("José", "Roberto")).isEqualTo(Field.DIFFERENT);
	}

	@Test
	void doubleSurnamesMatchEitherSurname() {
		assertThat(lastNameLevel("García López", "García")).isEqualTo(5);
		assertThat(lastNameLevel("Cruz", "de la Cruz")).isEqualTo(6);
		assertThat(lastNameLevel("Hernández", "HERNANDEZ")).isEqualTo(6);
		assertThat(lastNameLevel("Vázquez", "Basques")).isEqualTo(3);
		assertThat(lastNameLevel("García", "Smith")).isEqualTo(Field.DIFFERENT);
	}

	@Test
	void addressFormsReadAlike() {
		AddressForms forms = AddressForms.standard();
		assertThat(forms.normalise("Av. Juárez 12, Col. Centro")).isEqualTo(forms.normalise("Avenida Juarez 12 Colonia Centro"));
		assertThat(forms.normalise("C. Hidalgo 5")).isEqualTo(forms.normalise("Calle Hidalgo 5"));
		assertThat(forms.normalise("12 Main St")).isEqualTo(forms.normalise("12 Main Street"));
		assertThat(forms.normalise("Par. St Andrew")).isEqualTo(forms.normalise("Parish St Andrew"));
	}

	private int firstNameLevel(String a, String b) {
		return Comparisons.firstName(prepare(a, "X"), prepare(b, "X"));
	}

	private int lastNameLevel(String a, String b) {
		return Comparisons.lastName(prepare("X", a), prepare("X", b));
	}

	private PreparedRecord prepare(String first, String last) {
		return preparation.prepare(PersonRecord.of("r", first, last, null));
	}
}
