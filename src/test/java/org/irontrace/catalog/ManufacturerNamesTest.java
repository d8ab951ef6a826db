package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How manufacturer names written by dealers and agencies are read. */
class ManufacturerNamesTest {

	private final Catalog catalog = new Catalog();

	@ParameterizedTest
	@ValueSource(strings = { "S&W", "s & w", "Smith & Wesson", "SMITH AND WESSON", "Smith & Wesson Inc.",
			"SMITH Y WESSON", "smith-wesson", "SMITH & WESSON BRANDS, INC." })
	void everySpellingOfSmithAndWessonIsOneMaker(String written) {
		Manufacturer maker = catalog.manufacturer(written);

		assertThat(maker.key()).isEqualTo("SMITH & WESSON");
		assertThat(maker.name()).isEqualTo("Smith & Wesson");
		assertThat(maker.known()).isTrue();
		assertThat(maker.country()).isEqualTo("US");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "STURM, RUGER & CO., INC.;RUGER", "Sturm Ruger;RUGER", "ruger;RUGER",
			"SIG-SAUER;SIG SAUER", "SIGARMS;SIG SAUER", "Sig;SIG SAUER", "H&K;HECKLER & KOCH", "HK;HECKLER & KOCH",
			"Heckler und Koch GmbH;HECKLER & KOCH", "CUGIR;ROMARM", "Romarm S.A.;ROMARM", "CAI;CENTURY ARMS",
			"Century International Arms;CENTURY ARMS", "PSA;PALMETTO STATE ARMORY", "FN;FN HERSTAL",
			"FNH USA;FN HERSTAL", "Fabrique Nationale;FN HERSTAL", "Pietro Beretta;BERETTA",
			"Fabbrica d'Armi Pietro Beretta S.p.A.;BERETTA", "O.F. Mossberg & Sons, Inc.;MOSSBERG",
			"Beemiller;HI-POINT", "HIPOINT;HI-POINT", "KELTEC;KEL-TEC", "Kel Tec CNC Industries;KEL-TEC",
			"Česká zbrojovka a.s.;CZ", "CZ-USA;CZ", "Zastava Oružje;ZASTAVA", "Rock Island Armory;ARMSCOR",
			"Llama-Gabilondo y Cía S.A.;LLAMA", "Colt's Mfg. Co.;COLT", "Glock Ges.m.b.H.;GLOCK",
			"Forjas Taurus S.A.;TAURUS", "China North Industries Corp.;NORINCO", "P80;POLYMER80",
			"arma hechiza;PRIVATELY MADE FIREARM" })
	void aliasesAsSendersWriteThemResolveToTheMaker(String written, String key) {
		assertThat(catalog.manufacturer(written).key()).isEqualTo(key);
	}

	@Test
	void accentsAndPunctuationDoNotMatter() {
		assertThat(catalog.manufacturer("JIMÉNEZ ARMS").key()).isEqualTo("JIMENEZ ARMS");
		assertThat(catalog.manufacturer("  jimenez   arms , inc. ").key()).isEqualTo("JIMENEZ ARMS");
		assertThat(catalog.manufacturer("STAR BONIFACIO ECHEVERRÍA S.A.").key()).isEqualTo("STAR");
	}

	@Test
	void springfieldArmoryIsKnownButABareSpringfieldIsNot() {
		assertThat(catalog.manufacturer("Springfield Armory, Inc.").key()).isEqualTo("SPRINGFIELD ARMORY");

		Manufacturer bare = catalog.manufacturer("Springfield");
		assertThat(bare.known()).isFalse();
		assertThat(bare.key()).isEqualTo("SPRINGFIELD");
	}

	@Test
	void wessonFirearmsIsDanWessonNotSmithAndWesson() {
		assertThat(catalog.manufacturer("Wesson Firearms Co.").key()).isEqualTo("DAN WESSON");
		assertThat(catalog.manufacturer("Dan Wesson").key()).isNotEqualTo(catalog.manufacturer("S&W").key());
	}

	@Test
	void makersOfOneGroupStayApart() {
		assertThat(catalog.manufacturer("Marlin").key()).isNotEqualTo(catalog.manufacturer("Ruger").key());
		assertThat(catalog.manufacturer("Browning").key()).isNotEqualTo(catalog.manufacturer("FN").key());
		assertThat(catalog.manufacturer("Rossi").key()).isNotEqualTo(catalog.manufacturer("Taurus").key());
	}

	@Test
	void unknownNamesAreKeptAsWrittenAndFlagged() {
		Manufacturer maker = catalog.manufacturer("  Armería del Norte, S.A. de C.V. ");

		assertThat(maker.known()).isFalse();
		assertThat(maker.name()).isEqualTo("Armería del Norte, S.A. de C.V.");
		assertThat(maker.key()).isEqualTo("ARMERIA DEL NORTE SA DE CV");
		assertThat(maker.country()).isNull();
		assertThat(maker.makesInUs()).isTrue();
	}

	@Test
	void unknownNamesSpelledAlikeShareAKey() {
		assertThat(catalog.manufacturer("Acme & Sons").key()).isEqualTo(catalog.manufacturer("ACME AND SONS").key());
	}

	@Test
	void aMisspeltMakerIsNotGuessed() {
		assertThat(catalog.manufacturer("SMITH & WESSEN").known()).isFalse();
	}

	@Test
	void blankNamesAreNoManufacturer() {
		assertThat(catalog.manufacturer(null)).isNull();
		assertThat(catalog.manufacturer("   ")).isNull();
	}

	@Test
	void foreignOnlyMakersAreFlagged() {
		assertThat(catalog.manufacturer("Norinco").makesInUs()).isFalse();
		assertThat(catalog.manufacturer("Zastava").makesInUs()).isFalse();
		assertThat(catalog.manufacturer("Cugir").makesInUs()).isFalse();
		assertThat(catalog.manufacturer("Bersa").makesInUs()).isFalse();
		assertThat(catalog.manufacturer("Glock").makesInUs()).isTrue();
		assertThat(catalog.manufacturer("Glock").country()).isEqualTo("AT");
		assertThat(catalog.manufacturer("Taurus").makesInUs()).isTrue();
	}
}
