package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyst typed into the trace form: the fields of a recovery as ATF Form 3312.1 and
 * recoveries.csv carry them, and what is wrong with them. Each problem names the field it belongs
 * to and the input to fix, so the error summary can link straight to it.
 *
 * <p>Given only the agency and the recovery id, the form asks to trace a recovery already on
 * record; given anything more, it describes a recovery to record first.
 */
record TraceRequestForm(Map<String, String> values) {

	/** The form's inputs, in the order of the page. */
	static final List<String> FIELDS = List.of("agency", "recoveryId", "recoveryDateDay", "recoveryDateMonth",
			"recoveryDateYear", "country", "adminArea", "city", "latitude", "longitude", "crimeCode", "incidentId",
			"criminalGroup", "serialNumber",
			"serialObliterated", "partialSerial", "manufacturer", "importer", "model", "caliber", "firearmType",
			"countryOfManufacture", "possessorFirstName", "possessorLastName", "possessorDobDay", "possessorDobMonth",
			"possessorDobYear", "possessorNationality");

	static TraceRequestForm of(Map<String, String> written) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : FIELDS) {
			values.put(field, trimmed(written.get(field)));
		}
		if (!values.get("partialSerial").isEmpty()) {
			// Restored characters only exist for an obliterated serial, whether or not the box was ticked.
			values.put("serialObliterated", "Y");
		}
		return new TraceRequestForm(values);
	}

	static TraceRequestForm of(String agency, String recoveryId) {
		Map<String, String> written = new LinkedHashMap<>();
		written.put("agency", agency);
		written.put("recoveryId", recoveryId);
		return of(written);
	}

	public String value(String field) {
		return values.getOrDefault(field, "");
	}

	public String agency() {
		return value("agency");
	}

	public String recoveryId() {
		return value("recoveryId");
	}

	/**
	 * The place of recovery as it is recorded: the code of the recovery country's division typed by
	 * its code or its name ("Saint Ann" under Jamaica is 06), otherwise as typed.
	 */
	String adminArea() {
		return StatePicker.findCode(value("country"), value("adminArea")).orElse(value("adminArea"));
	}

	public boolean obliterated() {
		return "Y".equals(value("serialObliterated"));
	}

	/** Whether the form describes a recovery to record, rather than naming one already on record. */
	boolean describesARecovery() {
		return FIELDS.stream().skip(2).anyMatch(field -> !value(field).isEmpty());
	}

	DateFields recoveryDate() {
		return date("recoveryDate");
	}

	DateFields possessorDob() {
		return date("possessorDob");
	}

	private DateFields date(String name) {
		return new DateFields(name, value(name + "Day"), value(name + "Month"), value(name + "Year"));
	}

	List<FieldProblem> problems() {
		return problems(LocalDate.now());
	}

	List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (agency().isEmpty()) {
			problems.add(new FieldProblem("agency", "trace.error.agency.missing", List.of()));
		}
		if (recoveryId().isEmpty()) {
			problems.add(new FieldProblem("recoveryId", "trace.error.recoveryId.missing", List.of()));
		}
		if (describesARecovery()) {
			problems.addAll(RecoveryFieldCheck.problems(this, today));
		}
		return problems;
	}

	/** The recovery does not exist, or the caller may not see it: the same words for both. */
	FieldProblem notFound() {
		return new FieldProblem("recoveryId", "trace.error.recoveryId.notFound", List.of(agency(), recoveryId()));
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.trim();
	}

	/**
	 * A problem with one field: the message key and its arguments, and the input the summary links
	 * to (the field itself, or the part of a date that is wrong).
	 */
	record FieldProblem(String field, String messageKey, List<String> arguments, String target) {

		FieldProblem(String field, String messageKey, List<String> arguments) {
			this(field, messageKey, arguments, field);
		}
	}
}
