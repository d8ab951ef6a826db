package org.irontrace.webapp;

import java.util.ArrayList;
import java.util.List;

import org.irontrace.trace.TraceResult;

/**
 * A trace result as a CSV file an analyst can keep with the case or open in a spreadsheet: one row
 * per link of the custody chain, the trace's own facts repeated on each (one row when the chain is
 * empty). Column names follow FORMATS.md's words in snake case; dates, numbers and the separator
 * follow the page's language ({@link CsvConventions}).
 */
final class TraceCsv {

	static final List<String> HEADER = List.of("trace_id", "agency", "recovery_id", "traced_at", "status", "reason",
			"us_sourced", "serial_number", "manufacturer", "importer", "model", "caliber", "firearm_type",
			"country_of_manufacture", "first_sale_licence", "first_sale_dealer", "first_sale_state", "first_sale_date",
			"purchaser_first_name", "purchaser_last_name", "time_to_crime_days", "event_type", "event_date",
			"from_licence", "to_licence");

	private TraceCsv() {
	}

	static String of(TraceResult trace, CsvConventions conventions) {
		StringBuilder out = new StringBuilder(conventions.row(HEADER));
		List<TraceResult.ChainLink> chain = trace.chain() == null || trace.chain().isEmpty()
				? java.util.Collections.singletonList(null) : trace.chain();
		for (TraceResult.ChainLink link : chain) {
			List<Object> row = new ArrayList<>(traceFacts(trace));
			row.add(link == null ? null : link.eventType());
			row.add(link == null ? null : link.eventDate());
			row.add(link == null ? null : link.fromLicence());
			row.add(link == null ? null : link.toLicence());
			out.append(conventions.row(row));
		}
		return out.toString();
	}

	private static List<Object> traceFacts(TraceResult trace) {
		TraceResult.Firearm gun = trace.firearm();
		TraceResult.FirstRetailSale sale = trace.firstRetailSale();
		TraceResult.Purchaser buyer = sale == null ? null : sale.purchaser();
		List<Object> facts = new ArrayList<>();
		facts.add(trace.traceId());
		facts.add(trace.agency());
		facts.add(trace.recoveryId());
		facts.add(trace.tracedAt());
		facts.add(trace.status());
		facts.add(trace.reason());
		facts.add(trace.usSourced());
		facts.add(gun == null ? null : gun.serialNumber());
		facts.add(gun == null ? null : gun.manufacturer());
		facts.add(gun == null ? null : gun.importer());
		facts.add(gun == null ? null : gun.model());
		facts.add(gun == null ? null : gun.caliber());
		facts.add(gun == null ? null : gun.firearmType());
		facts.add(gun == null ? null : gun.countryOfManufacture());
		facts.add(sale == null ? null : sale.licence());
		facts.add(sale == null ? null : sale.businessName());
		facts.add(sale == null ? null : sale.state());
		facts.add(sale == null ? null : sale.saleDate());
		facts.add(buyer == null ? null : buyer.firstName());
		facts.add(buyer == null ? null : buyer.lastName());
		facts.add(trace.timeToCrimeDays());
		return facts;
	}
}
