package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BusinessDaysTest {

	private final BusinessDays days = new BusinessDays();

	@Test
	void federalHolidaysAreObservedOnTheNearestWeekday() {
		// 4 July 2026 is a Saturday: observed Friday 3 July. Christmas 2022 is a Sunday: observed Monday 26th.
		assertThat(FederalHolidays.observedIn(2026)).contains(LocalDate.of(2026, 7, 3)).doesNotContain(LocalDate.of(2026, 7, 4));
		assertThat(FederalHolidays.observedIn(2022)).contains(LocalDate.of(2022, 12, 26));
		// Thanksgiving 2024: fourth Thursday, 28 November; Juneteenth only from 2021.
		assertThat(FederalHolidays.observedIn(2024)).contains(LocalDate.of(2024, 11, 28), LocalDate.of(2024, 6, 19));
		assertThat(FederalHolidays.observedIn(2020)).doesNotContain(LocalDate.of(2020, 6, 19));
		// New Year's Day 2022 is a Saturday: observed on Friday 31 December 2021.
		assertThat(FederalHolidays.observedIn(2021)).contains(LocalDate.of(2021, 12, 31));
	}

	@Test
	void fiveBusinessDaysSkipWeekendsAndHolidays() {
		// Monday 1 July 2024 to Monday 8 July: 4 July is a holiday, so the 8th is the 5th business day.
		assertThat(days.withinWindow(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 8))).isTrue();
		assertThat(days.withinWindow(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 9))).isFalse();
		// Without a holiday, Monday to the next Monday is 6 business days.
		assertThat(days.withinWindow(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 10))).isFalse();
		assertThat(days.withinWindow(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7))).isTrue();
	}

	@Test
	void aWeekendSaleCountsWithTheNextBusinessDay() {
		assertThat(days.number(LocalDate.of(2024, 6, 8))).isEqualTo(days.number(LocalDate.of(2024, 6, 10)));
		assertThat(days.withinWindow(LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 14))).isTrue();
		// Across a year end: Saturday 28 December 2024 to Friday 3 January 2025 (1 January a holiday).
		assertThat(days.withinWindow(LocalDate.of(2024, 12, 28), LocalDate.of(2025, 1, 6))).isTrue();
		assertThat(days.number(LocalDate.of(2025, 1, 1))).isEqualTo(days.number(LocalDate.of(2025, 1, 2)));
	}
}
