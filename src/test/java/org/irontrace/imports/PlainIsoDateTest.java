package org.irontrace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates read digit by digit are the dates the ISO parser reads, and what it would refuse is left to it. */
class PlainIsoDateTest {

	@Test
	void everyDayOfFourYearsReadsAsTheParserReadsIt() {
		for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2003, 1, 1)); day = day.plusDays(1)) {
			assertThat(CsvRow.plainIsoDate(day.toString())).isEqualTo(LocalDate.parse(day.toString()));
		}
		assertThat(CsvRow.plainIsoDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void whatIsNotPlainlyADayIsLeftToTheParser() {
		assertThat(CsvRow.plainIsoDate("2021-02-29")).as("no such day").isNull();
		assertThat(CsvRow.plainIsoDate("1900-02-29")).as("no leap year").isNull();
		assertThat(CsvRow.plainIsoDate("2021-13-01")).isNull();
		assertThat(CsvRow.plainIsoDate("2021-00-10")).isNull();
		assertThat(CsvRow.plainIsoDate("2021-04-00")).isNull();
		assertThat(CsvRow.plainIsoDate("2021-4-01x")).isNull();
		assertThat(CsvRow.plainIsoDate("21-04-2021")).isNull();
		assertThat(CsvRow.plainIsoDate("2021/04/01")).isNull();
		assertThat(CsvRow.plainIsoDate("+2021-04-1")).isNull();
	}
}
