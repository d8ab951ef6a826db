package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.irontrace.catalog.FirearmType;

/**
 * The checks of a recovery described on the trace form, in the analyst's words and before anything
 * is sent: the import checks the same row again (one rule for files and forms), and whatever it
 * still refuses is shown with its own reason.
 */
final class RecoveryFieldCheck {

	/** FORMATS.md's crime codes, offered as a list. */
	static final List<String> CRIME_CODES = List.of("HOMICIDE", "ASSAULT", "DRUG_TRAFFICKING", "ORGANIZED_CRIME",
			"WEAPONS_OFFENSE", "FOUND_FIREARM", "BORDER_SEIZURE");

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private RecoveryFieldCheck() {
	}

	static List<TraceRequestForm.FieldProblem> problems(TraceRequestForm form, LocalDate today) {
		List<TraceRequestForm.FieldProblem> problems = new ArrayList<>();
		add(problems, form.recoveryDate().problem(true, today));
		country(form, "country", true, problems);
		number(form, "latitude", 90, problems);
		number(form, "longitude", 180, problems);
		if (!form.value("crimeCode").isEmpty() && !CRIME_CODES.contains(form.value("crimeCode"))) {
			problems.add(problem("crimeCode", "tracework.error.crimeCode.unknown"));
		}
		partialSerial(form, problems);
		if (!form.value("firearmType").isEmpty() && FirearmType.parse(form.value("firearmType")).isEmpty()) {
			problems.add(problem("firearmType", "tracework.error.firearmType.unknown"));
		}
		country(form, "countryOfManufacture", false, problems);
		add(problems, form.possessorDob().problem(false, today));
		LocalDate born = form.possessorDob().date();
		LocalDate recovered = form.recoveryDate().date();
		if (born != null && recovered != null && born.isAfter(recovered)) {
			problems.add(new TraceRequestForm.FieldProblem("possessorDob", "tracework.error.possessorDob.afterRecovery",
					List.of(), "possessorDobDay"));
		}
		return problems;
	}

	private static void country(TraceRequestForm form, String field, boolean required,
			List<TraceRequestForm.FieldProblem> problems) {
		String value = form.value(field).toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			if (required) {
				problems.add(problem(field, "tracework.error." + field + ".missing"));
			}
		}
		else if (!ISO_COUNTRIES.contains(value)) {
			problems.add(new TraceRequestForm.FieldProblem(field, "tracework.error.country.notIso",
					List.of(form.value(field))));
		}
	}

	private static void number(TraceRequestForm form, String field, double limit,
			List<TraceRequestForm.FieldProblem> problems) {
		String value = form.value(field).replace(',', '.');
		if (value.isEmpty()) {
			return;
		}
		try {
			double number = Double.parseDouble(value);
			if (Double.isNaN(number) || number < -limit || number > limit) {
				problems.add(problem(field, "tracework.error." + field + ".range"));
			}
		}
		catch (NumberFormatException e) {
			problems.add(problem(field, "tracework.error." + field + ".range"));
		}
	}

	/** Restored characters: letters and digits, {@code ?} for each one that could not be read. */
	private static void partialSerial(TraceRequestForm form, List<TraceRequestForm.FieldProblem> problems) {
		String partial = form.value("partialSerial").replace(" ", "").replace("-", "");
		if (form.value("partialSerial").isEmpty()) {
			return;
		}
		if (!partial.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '?')) {
			problems.add(problem("partialSerial", "tracework.error.partialSerial.characters"));
		}
		else if (partial.chars().filter(c -> c != '?').count() == 0) {
			problems.add(problem("partialSerial", "tracework.error.partialSerial.nothingRead"));
		}
	}

	private static void add(List<TraceRequestForm.FieldProblem> problems, TraceRequestForm.FieldProblem problem) {
		if (problem != null) {
			problems.add(problem);
		}
	}

	private static TraceRequestForm.FieldProblem problem(String field, String key) {
		return new TraceRequestForm.FieldProblem(field, key, List.of());
	}
}
