package org.irontrace.recovery;

import java.time.LocalDate;

/**
 * A recovery to record, field by field as recoveries.csv names its columns (FORMATS.md). Text is as
 * typed: the recording checks and reads it exactly as the import reads a file's row, so latitude and
 * longitude stay text and a wrong number is refused with the import's reason.
 */
public record NewRecovery(String recoveryId, String agency, LocalDate recoveryDate, String country, String adminArea,
		String city, String latitude, String longitude, String crimeCode, String incidentId, String criminalGroup,
		String serialNumber, boolean serialObliterated, String partialSerial, String manufacturer, String importer,
		String model, String caliber, String firearmType, String countryOfManufacture, String possessorFirstName,
		String possessorLastName, LocalDate possessorDob, String possessorNationality) {

	/** The recovery as a recoveries.csv of one row, in the columns' own names. */
	String asCsv() {
		String[][] cells = { { "recovery_id", recoveryId }, { "agency", agency }, { "recovery_date", iso(recoveryDate) },
				{ "country", country }, { "admin_area", adminArea }, { "city", city }, { "latitude", latitude },
				{ "longitude", longitude }, { "crime_code", crimeCode }, { "incident_id", incidentId },
				{ "criminal_group", criminalGroup }, { "serial_number", serialNumber },
				{ "serial_obliterated", serialObliterated ? "Y" : "N" }, { "partial_serial", partialSerial },
				{ "manufacturer", manufacturer }, { "importer", importer }, { "model", model }, { "caliber", caliber },
				{ "firearm_type", firearmType }, { "country_of_manufacture", countryOfManufacture },
				{ "possessor_first_name", possessorFirstName }, { "possessor_last_name", possessorLastName },
				{ "possessor_dob", iso(possessorDob) }, { "possessor_nationality", possessorNationality } };
		StringBuilder header = new StringBuilder();
		StringBuilder row = new StringBuilder();
		for (String[] cell : cells) {
			header.append(header.isEmpty() ? "" : ",").append(cell[0]);
			row.append(row.isEmpty() ? "" : ",").append('"').append(cell[1] == null ? "" : cell[1].replace("\"", "\"\"")).append('"');
		}
		return header + "\n" + row + "\n";
	}

	private static String iso(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
