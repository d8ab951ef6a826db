package org.irontrace.simulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes recoveries.csv (FORMATS.md). Each agency numbers its own recoveries (e.g.
 * {@code JM-JCF-2021-000042}), so recovery ids are unique within an agency, as the format asks.
 */
final class RecoveryFile {

	static final List<String> COLUMNS = List.of("recovery_id", "agency", "recovery_date", "country", "admin_area", "city",
			"latitude", "longitude", "crime_code", "serial_number", "serial_obliterated", "partial_serial", "manufacturer",
			"importer", "model", "caliber", "firearm_type", "country_of_manufacture", "possessor_first_name",
			"possessor_last_name", "possessor_dob", "possessor_nationality", "incident_id", "criminal_group");

	private final CsvWriter csv;

	private final WorldCalendar calendar;

	private final Map<String, long[]> numbered = new TreeMap<>();

	private final String[] row = new String[COLUMNS.size()];

	private long written;

	RecoveryFile(CsvWriter csv, WorldCalendar calendar) {
		this.csv = csv;
		this.calendar = calendar;
		csv.writeRecord(COLUMNS);
	}

	long written() {
		return written;
	}

	/** Writes one recovery and answers its id. Coordinates are left out when {@code located} is false. */
	String write(String agency, int day, ForeignPlace place, boolean located, String crimeCode, FirearmDescription gun,
			RecordedPerson possessor, Incident incident) {
		long number = ++numbered.computeIfAbsent(agency, a -> new long[1])[0];
		String id = agency + "-" + calendar.iso(day).substring(0, 4) + "-" + Text.zeroPadded(number, 6);
		written++;
		row[0] = id;
		row[1] = agency;
		row[2] = calendar.iso(day);
		row[3] = place.country();
		row[4] = place.area();
		row[5] = place.city();
		row[6] = located ? Text.degrees(place.latitude()) : null;
		row[7] = located ? Text.degrees(place.longitude()) : null;
		row[8] = crimeCode;
		row[9] = gun.serial();
		row[10] = gun.obliterated() ? "Y" : "N";
		row[11] = gun.partialSerial();
		row[12] = gun.manufacturer();
		row[13] = gun.importer();
		row[14] = gun.model();
		row[15] = gun.caliber();
		row[16] = gun.type();
		row[17] = gun.country();
		row[18] = possessor == null ? null : possessor.firstName();
		row[19] = possessor == null ? null : possessor.lastName();
		row[20] = possessor == null ? null : possessor.birthDate();
		row[21] = possessor == null ? null : possessor.nationality();
		row[22] = incident.id();
		row[23] = incident.writtenGroup();
		for (int i = 0; i < row.length; i++) {
			if (row[i] == null) {
				row[i] = "";
			}
		}
		csv.writeRecord(row);
		return id;
	}
}
