package org.irontrace.simulation;

import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes trace_results.csv (FORMATS.md, version 2): one row per answer of the tracing centre. An
 * answer that found the gun carries its true marks and its chain as far as the records went; one
 * that did not repeats the request's description.
 */
final class TraceResultFile {

	static final List<String> COLUMNS = List.of("agency", "recovery_id", "trace_number", "result_date", "trace_status",
			"not_traced_reason", "serial_number", "manufacturer", "importer", "model", "caliber", "firearm_type",
			"country_of_manufacture", "source_licence", "source_name", "dealer_licence", "dealer_name", "dealer_street",
			"dealer_city", "dealer_state", "dealer_postal_code", "sale_date", "purchaser_first_name",
			"purchaser_last_name", "purchaser_dob", "purchaser_street", "purchaser_city", "purchaser_state",
			"purchaser_postal_code", "purchaser_id_type", "purchaser_id_number", "time_to_crime_days", "multiple_sale");

	private final CsvWriter csv;

	private final WorldCalendar calendar;

	private final String[] row = new String[COLUMNS.size()];

	private long written;

	TraceResultFile(CsvWriter csv, WorldCalendar calendar) {
		this.csv = csv;
		this.calendar = calendar;
		csv.writeRecord(COLUMNS);
	}

	long written() {
		return written;
	}

	/** @param reportedTtc time-to-crime as the centre reports it, or -1 when it leaves it out */
	void write(TraceRequest request, String traceNumber, int resultDay, TraceAnswer answer, int reportedTtc) {
		java.util.Arrays.fill(row, "");
		Gun gun = request.gun();
		row[0] = request.agency();
		row[1] = request.recoveryId();
		row[2] = traceNumber;
		row[3] = calendar.iso(resultDay);
		row[4] = answer.status();
		row[5] = answer.reason();
		if (answer.identified()) {
			GunModel model = gun.model;
			set(6, gun.serial, model.maker(), model.importer(), model.model(), model.caliber(), model.type().name(),
					model.country());
			if (gun.source != null) {
				set(13, gun.source.number(), gun.source.name());
			}
			else if (!TraceAnswer.NOT_TRACED.equals(answer.status())) {
				set(14, model.imported() ? model.importer() : model.maker());
			}
		}
		else {
			FirearmDescription seen = request.seen();
			set(6, seen.serial() != null ? seen.serial() : seen.partialSerial(), seen.manufacturer(), seen.importer(),
					seen.model(), seen.caliber(), seen.type(), seen.country());
		}
		if (answer.namesDealer()) {
			Licensee dealer = answer.completed() ? gun.firstSaleDealer : gun.stockedAt;
			set(15, dealer.number(), dealer.name(), dealer.street(), dealer.city().city(), dealer.state(),
					dealer.postalCode());
		}
		if (answer.completed()) {
			RecordedPerson buyer = gun.firstPurchaser;
			set(21, calendar.iso(gun.firstSaleDay), buyer.firstName(), buyer.lastName(), buyer.birthDate(), buyer.street(),
					buyer.city(), buyer.state(), buyer.postalCode(), buyer.idType(), buyer.idNumber(),
					reportedTtc < 0 ? null : Integer.toString(reportedTtc), gun.multipleSale ? "Y" : "N");
		}
		for (int i = 0; i < row.length; i++) {
			if (row[i] == null) {
				row[i] = "";
			}
		}
		csv.writeRecord(row);
		written++;
	}

	private void set(int from, String... values) {
		System.arraycopy(values, 0, row, from, values.length);
	}
}
