package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.RowError;
import org.irontrace.imports.Submitter;
import org.irontrace.recovery.NewRecovery;
import org.irontrace.recovery.Recoveries;
import org.springframework.stereotype.Component;

/**
 * Records a recovery typed on the trace form through {@link Recoveries#record}, the recovery
 * module's write command, which holds it to the same checks as files and the API, the same rule
 * that an agency reports only its own recoveries, and the same idempotency (a recovery id already
 * on record changes nothing); the refusals are put back on the form's fields.
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

	private final Recoveries recoveries;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final EngineWords words;

	RecoveryRecording(Recoveries recoveries, SharingScopes scopes, AuditTrail audit, EngineWords words) {
		this.recoveries = recoveries;
		this.scopes = scopes;
		this.audit = audit;
		this.words = words;
	}

	Answer record(TraceRequestForm form, Caller caller) {
		Submitter submitter = new Submitter(caller.agency(), scopes.seesEverything(caller));
		ImportReport report = recoveries.record(recovery(form), submitter);
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

	/** The recovery the form describes, as typed. */
	static NewRecovery recovery(TraceRequestForm form) {
		return new NewRecovery(form.value("recoveryId"), form.value("agency"), form.recoveryDate().date(),
				form.value("country").toUpperCase(java.util.Locale.ROOT), form.adminArea(), form.value("city"),
				form.value("latitude").replace(',', '.'), form.value("longitude").replace(',', '.'), form.value("crimeCode"),
				form.value("incidentId"), form.value("criminalGroup"), form.value("serialNumber"), form.obliterated(),
				form.value("partialSerial"), form.value("manufacturer"), form.value("importer"), form.value("model"),
				form.value("caliber"), form.value("firearmType"), form.value("countryOfManufacture"),
				form.value("possessorFirstName"), form.value("possessorLastName"), form.possessorDob().date(),
				form.value("possessorNationality"));
	}
}
