package org.irontrace.demo;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/** The three interchange files of the showcase world, written with FORMATS.md's columns. */
final class ShowcaseFiles {

	private final StringWriter licensees = new StringWriter();

	private final StringWriter events = new StringWriter();

	private final StringWriter recoveries = new StringWriter();

	private final CsvWriter licenseeCsv = CsvWriter.builder().bufferSize(0).build(licensees);

	private final CsvWriter eventCsv = CsvWriter.builder().bufferSize(0).build(events);

	private final CsvWriter recoveryCsv = CsvWriter.builder().bufferSize(0).build(recoveries);

	ShowcaseFiles() {
		licenseeCsv.writeRecord("licence_number", "licence_type", "business_name", "street", "city", "state",
				"postal_code", "country", "status");
		eventCsv.writeRecord("event_id", "event_type", "event_date", "serial_number", "manufacturer", "importer",
				"model", "caliber", "firearm_type", "country_of_manufacture", "from_licence", "to_licence",
				"purchaser_first_name", "purchaser_last_name", "purchaser_dob", "purchaser_state");
		recoveryCsv.writeRecord("recovery_id", "agency", "recovery_date", "country", "admin_area", "city",
				"crime_code", "serial_number", "serial_obliterated", "partial_serial", "manufacturer", "importer",
				"model", "caliber", "firearm_type", "country_of_manufacture", "possessor_first_name",
				"possessor_last_name", "possessor_dob", "incident_id", "criminal_group");
	}

	void licensee(List<String> row) {
		licenseeCsv.writeRecord(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
				"US", "ACTIVE");
	}

	void event(String id, String type, LocalDate date, String serial, ShowcaseCatalogue.Model model, String from,
			String to, ShowcaseCatalogue.Person purchaser) {
		eventCsv.writeRecord(id, type, date.toString(), serial, model.maker(), orEmpty(model.importer()), model.model(),
				model.caliber(), model.type(), model.country(), orEmpty(from), orEmpty(to),
				purchaser == null ? "" : purchaser.firstName(), purchaser == null ? "" : purchaser.lastName(),
				purchaser == null ? "" : purchaser.dob().toString(), purchaser == null ? "" : purchaser.state());
	}

	void recovery(String id, String agency, LocalDate date, String serial, boolean obliterated, String partial,
			String maker, ShowcaseCatalogue.Model model, ShowcaseCatalogue.Person possessor) {
		recovery(id, agency, date, serial, obliterated, partial, maker, model, possessor, null, null);
	}

	/** A recovery taken in an incident (a seizure, raid or shipment), attributed to a group as the agency writes it. */
	void recovery(String id, String agency, LocalDate date, String serial, boolean obliterated, String partial,
			String maker, ShowcaseCatalogue.Model model, ShowcaseCatalogue.Person possessor, String incident,
			String group) {
		RecoveryPlace place = RecoveryPlace.of(agency, id.hashCode());
		recoveryCsv.writeRecord(id, agency, date.toString(), place.country(), place.adminArea(), place.city(),
				place.crimeCode(), orEmpty(serial), obliterated ? "Y" : "N", orEmpty(partial), orEmpty(maker),
				model == null ? "" : orEmpty(model.importer()), model == null ? "" : model.model(),
				model == null ? "" : model.caliber(), model == null ? "" : model.type(),
				model == null ? "" : model.country(), possessor == null ? "" : possessor.firstName(),
				possessor == null ? "" : possessor.lastName(), possessor == null ? "" : possessor.dob().toString(),
				orEmpty(incident), orEmpty(group));
	}

	String licensees() {
		return licensees.toString();
	}

	String events() {
		return events.toString();
	}

	String recoveries() {
		return recoveries.toString();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
