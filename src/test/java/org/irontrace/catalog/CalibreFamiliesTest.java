package org.irontrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How calibres written on seizure forms and dealer records are grouped into families. */
class CalibreFamiliesTest {

	private final Catalog catalog = new Catalog();

	@ParameterizedTest
	@ValueSource(strings = { "9mm", "9 MM", "9x19", "9x19mm", "9mm Luger", "9MM PARABELLUM", "9mm Para",
			"CAL. 9 MM", "Calibre 9mm", "9 MM PARABELLUM", "9mm Luger +P" })
	void nineMillimetreIsOneFamily(String written) {
		assertThat(catalog.calibre(written)).isEqualTo(new Calibre("9x19mm", true));
	}

	@ParameterizedTest
	@ValueSource(strings = { ".223", "223 REM", ".223 Remington", "5.56 NATO", "5.56x45", "5,56 x 45 mm",
			"CAL .223", "5.56/.223" })
	void fiveFiveSixAndTwoTwentyThreeAreOneFamily(String written) {
		assertThat(catalog.calibre(written).family()).isEqualTo("5.56x45mm/.223");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "CAL 7.62 X 39;7.62x39mm", "7,62x39;7.62x39mm", "12 GA;12 gauge",
			"CAL 12;12 gauge", "calibre 12;12 gauge", ".50 BMG;.50 BMG", "12.7x99;.50 BMG", ".38 SPL;.38 Special",
			".38 Super;.38 Super", "38 SÚPER;.38 Super", "9mm Kurz;.380 ACP", "9 MM CORTO;.380 ACP",
			".380 Auto;.380 ACP", "9x17;.380 ACP", ".22 WMR;.22 Magnum", ".45 Auto;.45 ACP", ".40 S&W;.40 S&W",
			"7.65 mm;.32 ACP", ".308 Win;7.62x51mm/.308", "7.62 NATO;7.62x51mm/.308", "30-06;.30-06",
			"7.62x54R;7.62x54R", ".300 BLK;.300 Blackout", "5.7x28;5.7x28mm", "9x18 Makarov;9x18mm Makarov",
			".410;.410 bore", "20 gauge;20 gauge", ".44 Mag;.44 Magnum", "5.45x39;5.45x39mm",
			".357 Mag;.357 Magnum", "10mm Auto;10mm Auto", ".25 ACP;.25 ACP", "22 LR;.22 LR", ".45 CAL;.45 ACP", "45CAL;.45 ACP" })
	void writtenCalibresFindTheirFamily(String written, String family) {
		assertThat(catalog.calibre(written)).isEqualTo(new Calibre(family, true));
	}

	@Test
	void roundsThatOnlyLookAlikeStayApart() {
		assertThat(family(".38 Special")).isNotEqualTo(family(".38 Super"));
		assertThat(family("9x19")).isNotEqualTo(family("9x18"));
		assertThat(family("9mm")).isNotEqualTo(family(".380"));
		assertThat(family(".22 LR")).isNotEqualTo(family(".22 Magnum"));
		assertThat(family(".357 Magnum")).isNotEqualTo(family(".357 SIG"));
		assertThat(family("7.62x39")).isNotEqualTo(family("7.62x51"));
		assertThat(family("7.62x39")).isNotEqualTo(family("5.45x39"));
		assertThat(family(".40 S&W")).isNotEqualTo(family("10mm"));
		assertThat(family(".50 BMG")).isNotEqualTo(family(".50 AE"));
	}

	@Test
	void calibresThatNameSeveralFamiliesAreLeftUnknown() {
		assertThat(catalog.calibre("7.62")).isEqualTo(new Calibre("7.62", false));
		assertThat(catalog.calibre("CALIBRE .38")).isEqualTo(new Calibre(".38", false));
		assertThat(catalog.calibre(".44").known()).isFalse();
	}

	@Test
	void unknownCalibresAreKeptAsWrittenInUpperCase() {
		assertThat(catalog.calibre("  6.8  spc ")).isEqualTo(new Calibre("6.8 SPC", false));
	}

	@Test
	void blankCalibresAreNoCalibre() {
		assertThat(catalog.calibre(null)).isNull();
		assertThat(catalog.calibre(" ")).isNull();
	}

	private String family(String written) {
		return catalog.calibre(written).family();
	}
}
