package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes commerce_events.csv (FORMATS.md): one row per custody event, every required column of the
 * event's type filled, event ids unique across the world.
 */
final class CommerceLedger {

	static final List<String> COLUMNS = List.of("event_id", "event_type", "event_date", "serial_number", "manufacturer",
			"importer", "model", "caliber", "firearm_type", "country_of_manufacture", "from_licence", "to_licence",
			"purchaser_first_name", "purchaser_last_name", "purchaser_dob", "purchaser_street", "purchaser_city",
			"purchaser_state", "purchaser_postal_code", "purchaser_id_type", "purchaser_id_number", "reference");

	private final CsvWriter csv;

	private final WorldCalendar calendar;

	private final String idPrefix;

	private final String[] row = new String[COLUMNS.size()];

	private long events;

	CommerceLedger(CsvWriter csv, WorldCalendar calendar, long seed) {
		this.csv = csv;
		this.calendar = calendar;
		// The seed in every id keeps two worlds loaded into one database from colliding.
		this.idPrefix = "W" + Long.toUnsignedString(seed, 36).toUpperCase() + "-";
		csv.writeRecord(COLUMNS);
	}

	long events() {
		return events;
	}

	/** Writes one event and answers its id. {@code asWrittenMaker} is the manufacturer as the sender wrote it. */
	String write(EventType type, int day, Gun gun, String asWrittenMaker, Licensee from, Licensee to,
			RecordedPerson person, String reference) {
		events++;
		String id = idPrefix + Text.zeroPadded(events, 10);
		GunModel model = gun.model;
		row[0] = id;
		row[1] = type.name();
		row[2] = calendar.iso(day);
		row[3] = gun.serial;
		row[4] = asWrittenMaker;
		row[5] = model.importer();
		row[6] = model.model();
		row[7] = model.caliber();
		row[8] = model.type().name();
		row[9] = model.country();
		row[10] = from == null ? null : from.number();
		row[11] = to == null ? null : to.number();
		row[12] = person == null ? null : person.firstName();
		row[13] = person == null ? null : person.lastName();
		row[14] = person == null ? null : person.birthDate();
		row[15] = person == null ? null : person.street();
		row[16] = person == null ? null : person.city();
		row[17] = person == null ? null : person.state();
		row[18] = person == null ? null : person.postalCode();
		row[19] = person == null ? null : person.idType();
		row[20] = person == null ? null : person.idNumber();
		row[21] = reference;
		for (int i = 0; i < row.length; i++) {
			if (row[i] == null) {
				row[i] = "";
			}
		}
		csv.writeRecord(row);
		return id;
	}

	void close() {
		try {
			csv.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
