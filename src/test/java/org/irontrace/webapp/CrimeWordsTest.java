package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An analyst searches a crime by the name the page shows, in any of the pages' languages. */
class CrimeWordsTest {

	final CrimeWords crimes = new CrimeWords(new PageLanguages().messageSource());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = {
			"Homicidio; HOMICIDE",
			"Homicide; HOMICIDE",
			"Asasina; HOMICIDE",
			"asasina ; HOMICIDE",
			"Doodslag of moord; HOMICIDE",
			"Trafik dwòg; DRUG_TRAFFICKING",
			"trafik dwog; DRUG_TRAFFICKING",
			"Drugshandel; DRUG_TRAFFICKING",
			"Sezi nan fwontyè; BORDER_SEIZURE",
			"Inbeslagname aan de grens; BORDER_SEIZURE",
			"Krim òganize; ORGANIZED_CRIME",
			"Georganiseerde misdaad; ORGANIZED_CRIME",
			"Wapendelict; WEAPONS_OFFENSE",
			"Gevonden vuurwapen; FOUND_FIREARM" })
	void aCrimeIsFoundByItsNameInCreoleAndDutchAsInTheOtherLanguages(String typed, String code) {
		assertThat(crimes.codeNamed(typed)).contains(code);
	}
}
