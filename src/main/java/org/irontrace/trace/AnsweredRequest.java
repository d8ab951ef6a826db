package org.irontrace.trace;

import java.time.LocalDate;

/** A trace request the tracing authority has answered: its latest answer, as given. */
public record AnsweredRequest(String agency, String recoveryId, String traceNumber, LocalDate resultDate,
		String traceStatus, String notTracedReason, String dealerName, String dealerState, LocalDate saleDate) {
}
