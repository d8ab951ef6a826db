package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A CSV taken from a page opens in the analyst's spreadsheet with its numbers and dates read as such. */
class CsvConventionsTest {

	final LocalDate lastDay = LocalDate.of(2026, 11, 30);

	@Test
	void frenchAsInHaitiSplitsBySemicolonsAndGroupsWithASpace() {
		CsvConventions french = CsvConventions.of(Locale.FRENCH);
		assertThat(french.row(Arrays.asList("R1", 1234, lastDay, null, "a;b")))
			.isEqualTo("R1;1\u00a0234;30/11/2026;;\"a;b\"\r\n");
		assertThat(french.cell(Instant.parse("2026-11-30T14:05:09Z"))).isEqualTo("30/11/2026 14:05 UTC");
	}

	@Test
	void haitianCreoleIsWrittenAsHaitiWritesFrench() {
		CsvConventions creole = CsvConventions.of(Locale.forLanguageTag("ht"));
		assertThat(creole.row(Arrays.asList("R1", 1234, lastDay, "a;b"))).isEqualTo("R1;1\u00a0234;30/11/2026;\"a;b\"\r\n");
	}

	@Test
	void dutchAsInSurinameSplitsBySemicolonsAndGroupsWithADot() {
		CsvConventions dutch = CsvConventions.of(Locale.forLanguageTag("nl"));
		assertThat(dutch.row(Arrays.asList("R1", 1234567, lastDay, null, "a;b")))
			.isEqualTo("R1;1.234.567;30-11-2026;;\"a;b\"\r\n");
		assertThat(dutch.cell(Instant.parse("2026-11-30T14:05:09Z"))).isEqualTo("30-11-2026 14:05 UTC");
	}

	@Test
	void spanishAsInMexicoKeepsCommasAndQuotesTheGroupedNumbers() {
		CsvConventions spanish = CsvConventions.of(Locale.forLanguageTag("es"));
		assertThat(spanish.row(Arrays.asList("R1", 1234, lastDay))).isEqualTo("R1,\"1,234\",30/11/2026\r\n");
	}

	@Test
	void englishAsInTheCaribbeanPutsTheDayFirst() {
		assertThat(CsvConventions.of(Locale.ENGLISH).row(Arrays.asList(1234L, lastDay))).isEqualTo("\"1,234\",30/11/2026\r\n");
	}

	@Test
	void aFormulaIsNeverRunByTheSpreadsheet() {
		assertThat(CsvConventions.of(Locale.ENGLISH).cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvConventions.of(Locale.ENGLISH).cell("-12")).isEqualTo("-12");
	}
}
