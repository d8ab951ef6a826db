package org.irontrace.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the tracing centre's answers per recovering country, for the calibration table. */
final class TraceAnswerTally {

	private final Map<String, Counts> byCountry = new TreeMap<>();

	/** Days from request to first answer, all countries: the centre's turnaround. */
	private final long[] turnaround = new long[400];

	private static final class Counts {

		long recovered;

		long backlog;

		long pending;

		long corrected;

		final Map<String, Long> statuses = new TreeMap<>();

		final Map<String, Long> reasons = new TreeMap<>();

		long answered() {
			return statuses.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/** @param first the first answer, null when none came back; {@code days} from request to it */
	void count(String country, TraceOutcome outcome, TraceAnswer first, int days) {
		Counts counts = byCountry.computeIfAbsent(country, c -> new Counts());
		counts.recovered++;
		if (!outcome.submitted()) {
			counts.backlog++;
			return;
		}
		if (outcome.answer() == null) {
			counts.pending++;
			return;
		}
		counts.statuses.merge(outcome.answer().status(), 1L, Long::sum);
		if (outcome.answer().reason() != null) {
			counts.reasons.merge(outcome.answer().reason(), 1L, Long::sum);
		}
		counts.corrected += outcome.corrected() ? 1 : 0;
		turnaround[Math.min(days, turnaround.length - 1)]++;
	}

	/** Recoveries reported so far in {@code country}, submitted or not. */
	long recovered(String country) {
		Counts counts = byCountry.get(country);
		return counts == null ? 0 : counts.recovered;
	}

	List<CalibrationFigure> figures() {
		List<CalibrationFigure> figures = new ArrayList<>();
		figures.add(new CalibrationFigure("Mexico: not completed to a sale (tracing centre's answers)",
				"51% (2016)", "ATF 2016", notCompleted("MX"), 45, 57, "%"));
		figures.add(new CalibrationFigure("Haiti: traces failing (tracing centre's answers)", "88%",
				"eTrace users (DOMAIN.md)", notCompleted("HT"), 80, 95, "%"));
		figures.add(new CalibrationFigure("Trace requests: median days to the centre's answer", "about 9 days (routine)",
				"ATF NTC fact sheet", medianTurnaround(), 7, 12, "days"));
		return figures;
	}

	private double notCompleted(String country) {
		Counts counts = byCountry.get(country);
		if (counts == null || counts.answered() == 0) {
			return 0;
		}
		return 100.0 * (counts.answered() - counts.statuses.getOrDefault(TraceAnswer.COMPLETED, 0L)) / counts.answered();
	}

	private double medianTurnaround() {
		long all = 0;
		for (long count : turnaround) {
			all += count;
		}
		long seen = 0;
		for (int days = 0; days < turnaround.length; days++) {
			seen += turnaround[days];
			if (all > 0 && seen * 2 >= all) {
				return days;
			}
		}
		return 0;
	}

	List<TraceAnswerMix> mix() {
		List<TraceAnswerMix> mix = new ArrayList<>();
		byCountry.forEach((country, counts) -> mix.add(new TraceAnswerMix(country, counts.recovered, counts.backlog,
				counts.pending, counts.answered(), counts.statuses.getOrDefault(TraceAnswer.COMPLETED, 0L),
				counts.statuses.getOrDefault(TraceAnswer.DEALER_ONLY, 0L),
				counts.statuses.getOrDefault(TraceAnswer.SOURCE_ONLY, 0L),
				counts.statuses.getOrDefault(TraceAnswer.NOT_TRACED, 0L), counts.corrected, topReasons(counts))));
		return mix;
	}

	private static List<String> topReasons(Counts counts) {
		return counts.reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(3)
			.map(entry -> entry.getKey() + " " + entry.getValue())
			.toList();
	}
}
