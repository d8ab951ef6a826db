package org.irontrace.interdiction.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.irontrace.interdiction.ReasonWords;
import org.irontrace.interdiction.Target;

/**
 * FORMATS.md's target: {@code shipmentId}, {@code score}, {@code reasons} of {@code code} and
 * {@code says}; with the owning agency, the day and route, each reason's weight, and which weights
 * ranked it ({@code RULES} or {@code LEARNED}).
 */
record TargetView(String shipmentId, double score, List<ReasonView> reasons, String agency, LocalDate departureDate,
		String mode, String originPort, String destinationPort, String destinationCountry, String weights) {

	record ReasonView(String code, String says, double weight) {
	}

	static TargetView of(Target target, String weights, ReasonWords words, Locale locale) {
		return new TargetView(target.shipmentId(), Math.round(target.score() * 10_000) / 10_000.0,
				target.reasons().stream()
					.map(reason -> new ReasonView(reason.code(), words.says(reason, locale),
							Math.round(reason.weight() * 1000) / 1000.0))
					.toList(),
				target.agency(), target.departureDate(), target.mode(), target.originPort(), target.destinationPort(),
				target.destinationCountry(), weights);
	}
}
