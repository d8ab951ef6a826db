package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.List;

/**
 * What the analyst typed into the trace form, and what is wrong with it. Each problem names the
 * field it belongs to, so the error summary can link straight to that field.
 */
record TraceRequestForm(String agency, String recoveryId) {

	static TraceRequestForm of(String agency, String recoveryId) {
		return new TraceRequestForm(trimmed(agency), trimmed(recoveryId));
	}

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (agency.isEmpty()) {
			problems.add(new FieldProblem("agency", "trace.error.agency.missing", List.of()));
		}
		if (recoveryId.isEmpty()) {
			problems.add(new FieldProblem("recoveryId", "trace.error.recoveryId.missing", List.of()));
		}
		return problems;
	}

	/** The recovery does not exist, or the caller may not see it: the same words for both. */
	FieldProblem notFound() {
		return new FieldProblem("recoveryId", "trace.error.recoveryId.notFound", List.of(agency, recoveryId));
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.trim();
	}

	/** A problem with one field: the message key and its arguments. */
	record FieldProblem(String field, String messageKey, List<String> arguments) {
	}
}
