package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The divisions a filter offers by name: Mexico's and the United States' states everywhere, a
 * Caribbean country's parishes, departments, provinces or districts when the filter names that
 * country, and every code named by its own country where codes repeat across countries.
 */
class StatePickerTest {

	@Test
	void aJamaicanFilterOffersJamaicasParishesByNameAndNothingElse() {
		StatePicker jamaica = StatePicker.in(Locale.ENGLISH, "JM", "13");
		assertThat(jamaica.groups()).extracting(StatePicker.Group::country).containsExactly("JM");
		List<StatePicker.State> parishes = jamaica.groups().get(0).states();
		assertThat(parishes).hasSize(14).contains(new StatePicker.State("13", "Clarendon"),
				new StatePicker.State("01", "Kingston"));
		assertThat(parishes.get(0).name()).as("sorted by name").isEqualTo("Clarendon");
		assertThat(jamaica.kept()).as("a parish the list holds is one of its options").isNull();
	}

	@Test
	void withoutACaribbeanCountryTheBorderStatesAreOfferedAsBefore() {
		StatePicker any = StatePicker.in(Locale.forLanguageTag("es"), null, "TAM");
		assertThat(any.groups()).extracting(StatePicker.Group::country).containsExactly("MX", "US");
		StatePicker us = StatePicker.in(Locale.ENGLISH, "US", null);
		assertThat(us.groups()).extracting(StatePicker.Group::country).containsExactly("US", "MX");
		assertThat(StatePicker.in(Locale.ENGLISH, "MX", "01").kept()).as("a Jamaican code under a Mexican filter")
			.isEqualTo(new StatePicker.State("01", "01"));
	}

	@Test
	void aCodeIsNamedByItsOwnCountryWhereCodesRepeat() {
		assertThat(StatePicker.nameOf("JM", "01", Locale.ENGLISH)).isEqualTo("Kingston");
		assertThat(StatePicker.nameOf("DO", "01", Locale.ENGLISH)).isEqualTo("Distrito Nacional");
		assertThat(StatePicker.nameOf("HT", "AR", Locale.FRENCH)).isEqualTo("Artibonite");
		assertThat(StatePicker.nameOf("HT", "OU", Locale.forLanguageTag("ht"))).isEqualTo("Lwès");
		assertThat(StatePicker.nameOf("AR", Locale.ENGLISH)).as("a source state: the United States'").isEqualTo("Arkansas");
		assertThat(StatePicker.nameOf("TT", "POS", Locale.ENGLISH)).isEqualTo("Port of Spain");
		assertThat(StatePicker.nameOf("BS", "NP", Locale.ENGLISH)).isEqualTo("New Providence");
		assertThat(StatePicker.nameOf("JM", "99", Locale.ENGLISH)).as("a code no list holds stays itself").isEqualTo("99");
	}

	@Test
	void aDivisionTypedByItsNameIsReadAsItsCodeWithinItsCountryOnly() {
		assertThat(StatePicker.findCode("JM", "Saint Ann")).contains("06");
		assertThat(StatePicker.findCode("JM", "st. ann")).as("as Jamaicans abbreviate it").contains("06");
		assertThat(StatePicker.findCode("HT", "Atibonit")).as("Creole").contains("AR");
		assertThat(StatePicker.findCode("HT", "grand'anse")).as("any apostrophe").contains("GA");
		assertThat(StatePicker.findCode("MX", "nuevo leon")).as("without its accent").contains("NLE");
		assertThat(StatePicker.findCode("DO", "01")).contains("01");
		assertThat(StatePicker.findCode("US", "Saint Ann")).as("another country's parish").isEmpty();
		assertThat(StatePicker.findCode("JM", "AR")).as("Artibonite's and Arkansas' code is no parish").isEmpty();
		assertThat(StatePicker.findCode("GY", "Demerara")).as("a country the list does not hold").isEmpty();
	}
}
