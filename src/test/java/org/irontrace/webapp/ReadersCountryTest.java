package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A Haitian analyst reading Creole sees figures, dates and country names as Haiti writes them, not
 * the JDK's English fallback for a language it holds no data for; a Surinamese one reading Dutch, as
 * Suriname writes them.
 */
class ReadersCountryTest {

	static final Locale CREOLE = Locale.forLanguageTag("ht");

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Test
	void creoleDatesAreWrittenWithTheCreoleMonths() {
		assertThat(ReadersCountry.mediumDate(LocalDate.of(2019, 3, 4), CREOLE)).isEqualTo("4 mas 2019");
		assertThat(ReadersCountry.mediumDate(LocalDate.of(2024, 7, 31), Locale.forLanguageTag("ht-HT"))).isEqualTo("31 jiyè 2024");
		assertThat(ReadersCountry.mediumDate(LocalDate.of(2020, 12, 1), CREOLE)).isEqualTo("1 desanm 2020");
		assertThat(ReadersCountry.mediumDate(LocalDate.of(2019, 3, 4), DUTCH)).isEqualTo("4 mrt. 2019");
	}

	@Test
	void creoleCountryNamesAreHaitisFrenchOnesNotTheEnglishFallback() {
		assertThat(DashboardWords.countryName("MX", CREOLE)).isEqualTo("Mexique");
		assertThat(DashboardWords.countryName("HT", CREOLE)).isEqualTo("Haïti");
		assertThat(DashboardWords.countryName("SR", DUTCH)).isEqualTo("Suriname");
		assertThat(DashboardWords.countryName("US", DUTCH)).isEqualTo("Verenigde Staten");
		assertThat(TraceFormChoices.countries(CREOLE)).anySatisfy(country -> assertThat(country.name()).isEqualTo("Jamaïque"));
	}

	@Test
	void eachPageLanguageStandsForACountryOfTheRegion() {
		assertThat(ReadersCountry.of(CREOLE)).isEqualTo(Locale.forLanguageTag("fr-HT"));
		assertThat(ReadersCountry.of(DUTCH)).isEqualTo(Locale.forLanguageTag("nl-SR"));
		assertThat(ReadersCountry.of(Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("en-JM"));
		assertThat(ReadersCountry.localeData(DUTCH)).as("Dutch has data of its own").isEqualTo(DUTCH);
	}
}
