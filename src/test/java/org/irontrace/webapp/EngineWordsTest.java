package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.irontrace.platform.Wording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An engine's sentence in the reader's language: figures and dates written as the language writes
 * them, nested words found under the area, and the English kept whenever a word is missing.
 */
class EngineWordsTest {

	final EngineWords words = new EngineWords(new PageLanguages().messageSource());

	@AfterEach
	void noLanguageLeft() {
		LocaleContextHolder.resetLocaleContext();
	}

	EngineWords.Said in(String language, String prefix, Wording wording) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		return words.said(prefix, wording, "the English");
	}

	@Test
	void figuresAndDatesAreWrittenAsInMexicoAndHaiti() {
		Wording rate = Wording.of("DEALER_CRIME_GUN_RATE", 12, 40, 300.0, 10.04, "AZ", 29.9);
		assertThat(in("es", "explore.says.", rate).text()).contains("300.0 por cada 1,000 ventas, 10.0 veces el promedio de AZ");
		assertThat(in("fr", "explore.says.", rate).text()).contains("300,0 pour 1 000 ventes, 10,0 fois la moyenne");
		Wording sale = Wording.of("MULTIPLE_SALE_HANDGUN", 2, 1, "2019-03-04", "2019-03-06");
		assertThat(in("es", "explore.says.", sale)).isEqualTo(
				new EngineWords.Said("compró 2 armas cortas en 5 días hábiles (del 4 mar. 2019 al 6 mar. 2019): una venta múltiple", "es"));
		assertThat(in("fr", "explore.says.", sale).text()).contains("(du 4 mars 2019 au 6 mars 2019)");
	}

	@Test
	void creoleIsWordedInCreoleWithHaitisFiguresAndCreoleMonths() {
		Wording rate = Wording.of("DEALER_CRIME_GUN_RATE", 12, 40, 300.0, 10.04, "AZ", 29.9);
		assertThat(in("ht", "explore.says.", rate)).isEqualTo(new EngineWords.Said(
				"12 zam krim trase jiska 40 vant an detay li yo: 300,0 pou chak 1 000 vant, 10,0 fwa mwayèn AZ ki se 29,9", "ht"));
		Wording sale = Wording.of("MULTIPLE_SALE_HANDGUN", 2, 1, "2019-03-04", "2019-07-06");
		assertThat(in("ht", "explore.says.", sale).text())
			.isEqualTo("achte 2 zam kout nan 5 jou travay (4 mas 2019 rive 6 jiyè 2019): yon vant miltip");
	}

	@Test
	void dutchIsWordedAsSurinameWritesFiguresAndDates() {
		Wording rate = Wording.of("DEALER_CRIME_GUN_RATE", 12, 40, 300.0, 10.04, "AZ", 29.9);
		assertThat(in("nl", "explore.says.", rate).text()).contains("300,0 per 1.000 verkopen, 10,0 keer het gemiddelde van AZ");
		Wording guns = Wording.of("OBLITERATED_SERIAL", 1, List.of(Wording.of("GUN", "Glock 19",
				Wording.of("firearmType.PISTOL"), "ABC1", "MX/R1", "2020-02-01")));
		assertThat(in("nl", "explore.says.", guns)).isEqualTo(new EngineWords.Said(
				"1 wapen in beslag genomen met weggeslepen serienummer: Glock 19 (Pistool), serienummer ABC1 (inbeslagname MX/R1, 1 feb. 2020)",
				"nl"));
	}

	@Test
	void nestedWordsComeFromTheAreaAndTheCodeLists() {
		Wording links = Wording.of("RING_LINKS", 2, Wording.of("link.SHARED_ADDRESS"));
		assertThat(in("es", "explore.says.", links).text()).isEqualTo("2 vínculos: dieron el mismo domicilio");
		Wording guns = Wording.of("OBLITERATED_SERIAL", 1, List.of(Wording.of("GUN", "Glock 19",
				Wording.of("firearmType.PISTOL"), "ABC1", "MX/R1", "2020-02-01")));
		assertThat(in("fr", "explore.says.", guns).text()).isEqualTo(
				"1 arme saisie avec le numéro de série effacé : Glock 19 (Pistolet), numéro de série ABC1 (saisie MX/R1, 1 févr. 2020)");
	}

	@Test
	void aValueTheRecordDoesNotKnowLeavesNoGap() {
		Wording gun = Wording.of("GUN_AFTER_SALE", "Glock 19", null, "ABC1", "MX/R1", "2020-02-01", 1234);
		assertThat(in("es", "explore.says.", gun).text())
			.isEqualTo("Glock 19, serie ABC1 (recuperación MX/R1, 1 feb. 2020, 1,234 días después de la venta)");
	}

	@Test
	void whatHasNoWordsStaysInEnglish() {
		assertThat(in("es", "explore.says.", Wording.of("RING_LINKS", 2, Wording.of("link.NEW_KIND"))))
			.isEqualTo(new EngineWords.Said("the English", "en"));
		assertThat(in("fr", "explore.says.", null)).isEqualTo(new EngineWords.Said("the English", "en"));
		assertThat(in("fr", "tracework.refusal.", Wording.of("NOT_A_DATE", "2021-03-32")).text())
			.as("a refused value is shown as written").isEqualTo("« 2021-03-32 » n’est pas une date de la forme AAAA-MM-JJ");
	}
}
