package org.irontrace.trace;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.platform.CsvCells;

/**
 * The file of trace requests to send: FORMATS' recovery column names with {@code request_type} first
 * and IronTrace's own last status at the end, written the same way by the API and the page.
 */
public final class TraceRequestFile {

	public static final List<String> COLUMNS = List.of("request_type", "agency", "recovery_id", "recovery_date",
			"country", "admin_area", "city", "latitude", "longitude", "crime_code", "serial_number",
			"serial_obliterated", "partial_serial", "manufacturer", "importer", "model", "caliber", "firearm_type",
			"country_of_manufacture", "possessor_first_name", "possessor_last_name", "possessor_dob",
			"possessor_nationality", "incident_id", "criminal_group", "last_status", "last_reason");

	private TraceRequestFile() {
	}

	/** One request's cells, in {@link #COLUMNS} order, defused against formulas as every CSV of IronTrace is. */
	public static List<String> cells(TraceRequest r) {
		List<String> cells = new ArrayList<>(COLUMNS.size());
		for (Object value : new Object[] { r.requestType(), r.agency(), r.recoveryId(), r.recoveryDate(), r.country(),
				r.adminArea(), r.city(), r.latitude(), r.longitude(), r.crimeCode(), r.serialNumber(),
				r.serialObliterated() ? "Y" : "N", r.partialSerial(), r.manufacturer(), r.importer(), r.model(),
				r.caliber(), r.firearmType(), r.countryOfManufacture(), r.possessorFirstName(), r.possessorLastName(),
				r.possessorDob(), r.possessorNationality(), r.incidentId(), r.criminalGroup(), r.lastStatus(), r.lastReason() }) {
			cells.add(CsvCells.neutralised(value));
		}
		return cells;
	}
}
