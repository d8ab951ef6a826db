package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The default world stays inside every tolerance of DOMAIN.md's public figures (issue 3, item 4). */
class CalibrationTest {

	@Test
	void defaultWorldIsCalibrated() {
		SimulationSummary summary = DefaultWorldForTest.summary();
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		CalibrationTable.print(summary.calibration(), new PrintStream(table, true, StandardCharsets.UTF_8));
		System.out.println(table.toString(StandardCharsets.UTF_8));
		assertThat(summary.calibration()).isNotEmpty().allSatisfy(figure -> assertThat(figure.within())
			.as("%s: %s outside %s", figure.figure(), figure.simulatedText(), figure.tolerance())
			.isTrue());
	}

	@Test
	void coversTheFiguresTheIssueNames() {
		assertThat(DefaultWorldForTest.summary().calibration()).extracting(CalibrationFigure::figure)
			.anyMatch(name -> name.contains("Mexico: US-sourced share"))
			.anyMatch(name -> name.contains("Texas"))
			.anyMatch(name -> name.contains("Florida + Georgia"))
			.anyMatch(name -> name.contains("Caribbean: handguns"))
			.anyMatch(name -> name.contains("Mexico: rifles"))
			.anyMatch(name -> name.contains("under 3 years"))
			.anyMatch(name -> name.contains("STRAW_PURCHASE"))
			.anyMatch(name -> name.contains("UNLICENSED_DEALING"))
			.anyMatch(name -> name.contains("Mexico: not completed to a sale (tracing centre's answers)"))
			.anyMatch(name -> name.contains("Haiti: traces failing"))
			.anyMatch(name -> name.contains("median days to the centre's answer"));
	}

	@Test
	void reportsTheTraceAnswerMixOfEveryRecoveringCountry() {
		SimulationSummary summary = DefaultWorldForTest.summary();
		assertThat(summary.traceAnswers()).extracting(TraceAnswerMix::country)
			.contains("MX", "JM", "BS", "TT", "HT", "DO", "US");
		assertThat(summary.traceAnswers()).allSatisfy(mix -> assertThat(mix.completed() + mix.dealerOnly()
				+ mix.sourceOnly() + mix.notTraced()).isEqualTo(mix.answered()));
		assertThat(summary.traceAnswers()).allSatisfy(mix -> assertThat(mix.backlog() + mix.pending() + mix.answered())
			.isEqualTo(mix.recovered()));
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		TraceAnswerTable.print(summary.traceAnswers(), new PrintStream(table, true, StandardCharsets.UTF_8));
		System.out.println(table.toString(StandardCharsets.UTF_8));
		assertThat(table.toString(StandardCharsets.UTF_8)).contains("DEALER_ONLY", "FOREIGN NO IMPORT RECORD");
		assertThat(summary.recoveries()).isEqualTo(summary.traceAnswers().stream().mapToLong(TraceAnswerMix::recovered).sum());
	}

	@Test
	void worldHasThousandsOfRecoveriesAndItsCounts() {
		SimulationSummary summary = DefaultWorldForTest.summary();
		assertThat(summary.firearms()).isEqualTo(20_000);
		assertThat(summary.recoveries()).isBetween(1_500L, 6_000L);
		assertThat(summary.traffickedFirearms()).isPositive();
		assertThat(summary.foreignFirearms()).isPositive();
	}
}
