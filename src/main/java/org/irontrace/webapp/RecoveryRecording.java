package org.irontrace.webapp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.RowError;
import org.irontrace.imports.Submitter;
import org.springframework.stereotype.Component;

/**
 * Records a recovery typed on the trace form as one row of recoveries.csv sent through the same
 * import as files and the API: the same checks, the same rule that an agency reports only its own
 * recoveries, and the same idempotency (a recovery id already on record changes nothing).
 */
@Component
class RecoveryRecording {

	/** What became of the recovery. */
	enum Outcome {
		RECORDED, ALREADY_ON_RECORD, REFUSED
	}

	record Answer(Outcome outcome, List<TraceRequestForm.FieldProblem> problems) {
	}

	/** recoveries.csv columns and the form fields they are typed in. */
	private static final Map<String, String> FIELD_OF_COLUMN = new LinkedHashMap<>();

	static {
		FIELD_OF_COLUMN.put("recovery_id", "recoveryId");
		FIELD_OF_COLUMN.put("agency", "agency");
		FIELD_OF_COLUMN.put("recovery_date", "recoveryDateDay");
		FIELD_OF_COLUMN.put("country", "country");
		FIELD_OF_COLUMN.put("admin_area", "adminArea");
		FIELD_OF_COLUMN.put("city", "city");
		FIELD_OF_COLUMN.put("latitude", "latitude");
		FIELD_OF_COLUMN.put("longitude", "longitude");
		FIELD_OF_COLUMN.put("crime_code", "crimeCode");
		FIELD_OF_COLUMN.put("incident_id", "incidentId");
		FIELD_OF_COLUMN.put("criminal_group", "criminalGroup");
		FIELD_OF_COLUMN.put("serial_number", "serialNumber");
		FIELD_OF_COLUMN.put("serial_obliterated", "serialObliterated");
		FIELD_OF_COLUMN.put("partial_serial", "partialSerial");
		FIELD_OF_COLUMN.put("manufacturer", "manufacturer");
		FIELD_OF_COLUMN.put("importer", "importer");
		FIELD_OF_COLUMN.put("model", "model");
		FIELD_OF_COLUMN.put("caliber", "caliber");
		FIELD_OF_COLUMN.put("firearm_type", "firearmType");
		FIELD_OF_COLUMN.put("country_of_manufacture", "countryOfManufacture");
		FIELD_OF_COLUMN.put("possessor_first_name", "possessorFirstName");
		FIELD_OF_COLUMN.put("possessor_last_name", "possessorLastName");
		FIELD_OF_COLUMN.put("possessor_dob", "possessorDobDay");
		FIELD_OF_COLUMN.put("possessor_nationality", "possessorNationality");
	}

	private final ImportService imports;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final EngineWords words;

	RecoveryRecording(ImportService imports, SharingScopes scopes, AuditTrail audit, EngineWords words) {
		this.imports = imports;
		this.scopes = scopes;
		this.audit = audit;
		this.words = words;
	}

	Answer record(TraceRequestForm form, Caller caller) {
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller));
		byte[] csv = csv(form).getBytes(StandardCharsets.UTF_8);
		ImportReport report = imports.importCsv("recoveries", new ByteArrayInputStream(csv), ImportProgress.NONE,
				submitter);
		// The same entry the import API writes: a change, recorded whatever came of it.
		audit.record(caller, "IMPORT", "import:recoveries", report.accepted() + " accepted, " + report.duplicates()
				+ " duplicates, " + report.rejected() + " rejected (trace form)");
		if (report.rejected() > 0) {
			List<TraceRequestForm.FieldProblem> problems = new ArrayList<>();
			for (RowError error : report.errors()) {
				String target = error.column() == null ? "recoveryId" : FIELD_OF_COLUMN.getOrDefault(error.column(), "recoveryId");
				String field = target.endsWith("Day") ? target.substring(0, target.length() - 3) : target;
				problems.add(new TraceRequestForm.FieldProblem(field, "tracework.error.refused",
						List.of(words.say(UploadPages.REFUSAL, error.wording(), error.message())), target));
			}
			return new Answer(Outcome.REFUSED, problems);
		}
		return new Answer(report.accepted() > 0 ? Outcome.RECORDED : Outcome.ALREADY_ON_RECORD, List.of());
	}

	/** The form as a recoveries.csv file of one row. */
	static String csv(TraceRequestForm form) {
		Map<String, String> row = new LinkedHashMap<>();
		for (Map.Entry<String, String> column : FIELD_OF_COLUMN.entrySet()) {
			row.put(column.getKey(), form.value(column.getValue()));
		}
		row.put("recovery_date", iso(form.recoveryDate().date()));
		row.put("possessor_dob", iso(form.possessorDob().date()));
		row.put("serial_obliterated", form.obliterated() ? "Y" : "N");
		row.put("latitude", form.value("latitude").replace(',', '.'));
		row.put("longitude", form.value("longitude").replace(',', '.'));
		row.put("country", form.value("country").toUpperCase(java.util.Locale.ROOT));
		return String.join(",", row.keySet()) + "\n"
				+ String.join(",", row.values().stream().map(RecoveryRecording::quoted).toList()) + "\n";
	}

	private static String iso(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
