package org.irontrace.simulation;

import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes domestic_registry.csv (FORMATS.md, version 2): each recovering country's lawfully held guns. */
final class RegistryFile {

	static final List<String> COLUMNS = List.of("country", "registry_id", "serial_number", "manufacturer", "importer",
			"model", "caliber", "firearm_type", "holder_type", "holder_name", "holder_first_name", "holder_last_name",
			"holder_dob", "holder_id_number", "registered_date", "status", "status_date");

	private final CsvWriter csv;

	private final WorldCalendar calendar;

	private final String[] row = new String[COLUMNS.size()];

	private long written;

	RegistryFile(CsvWriter csv, WorldCalendar calendar) {
		this.csv = csv;
		this.calendar = calendar;
		csv.writeRecord(COLUMNS);
	}

	long written() {
		return written;
	}

	void write(RegistryEntry entry) {
		GunModel model = entry.gun().model;
		Person holder = entry.holder();
		row[0] = entry.country();
		row[1] = entry.registryId();
		row[2] = entry.gun().serial;
		row[3] = model.maker();
		row[4] = model.importer();
		row[5] = model.model();
		row[6] = model.caliber();
		row[7] = model.type().name();
		row[8] = entry.holderType();
		row[9] = entry.holderName();
		row[10] = holder == null ? null : holder.givenName();
		row[11] = holder == null ? null
				: holder.secondSurname() == null ? holder.surname() : holder.surname() + " " + holder.secondSurname();
		row[12] = holder == null ? null : calendar.iso(holder.birthDay());
		row[13] = holder == null ? null : holder.idNumber();
		row[14] = calendar.iso(entry.registeredDay());
		row[15] = entry.status();
		row[16] = entry.statusDay() < 0 ? null : calendar.iso(entry.statusDay());
		for (int i = 0; i < row.length; i++) {
			if (row[i] == null) {
				row[i] = "";
			}
		}
		csv.writeRecord(row);
		written++;
	}
}
