package org.irontrace.report.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

/** What each table and field of the open data means, published with it. */
public final class DataDictionary {

	public static final Map<String, String> ENTRIES = entries();

	private DataDictionary() {
	}

	private static Map<String, String> entries() {
		Map<String, String> d = new LinkedHashMap<>();
		d.put("country", "ISO 3166-1 alpha-2 code of the country where the guns were recovered");
		d.put("from, to", "the period: recoveries dated from 'from' to 'to', both included");
		d.put("as_of", "the date the figures were computed; later traces may change them in a new version");
		d.put("table", "which split of the recoveries a cell belongs to (see the table entries)");
		d.put("key, detail", "the group within the table (detail: the recovery area of a flow)");
		d.put("count", "number of recovered guns in the group; empty when suppressed");
		d.put("suppressed", "Y when the count is hidden: counts from 1 to 4 are hidden, and so are enough other cells that no hidden count can be worked back from the relations");
		d.put("totals/recovered", "recovered guns in the period (each recovery once)");
		d.put("totals/traced", "recovered guns with a stored trace result");
		d.put("totals/established", "traced guns whose origin was established: usSourced true or false");
		d.put("totals/withSourceState", "traced guns whose first retail sale names a state");
		d.put("totals/withTimeToCrime", "traced guns with a time-to-crime");
		d.put("outcomes", "traced guns by the latest result's usSourced: usSourced (true), nonUsSourced (false), undetermined (unknown)");
		d.put("statuses", "traced guns by trace status: COMPLETED, PARTIAL, NOT_TRACED (FORMATS.md)");
		d.put("notTracedReasons", "NOT_TRACED results by reason");
		d.put("partialReasons", "PARTIAL results by reason");
		d.put("firearmTypes, calibres, manufacturers", "recovered guns by type, calibre family and maker: as the trace identified the gun, else as the agency described it; UNKNOWN when neither says");
		d.put("crimeCodes", "recovered guns by the agency's crime code");
		d.put("recoveryAreas", "recovered guns by state, parish or department of recovery");
		d.put("sourceStates", "traced guns by the US state of the dealer of the first retail sale");
		d.put("flows", "traced guns by source state (key) and recovery area (detail)");
		d.put("flowAreas", "traced guns with a source state, by recovery area: the column totals of flows");
		d.put("timeToCrime", "traced guns by days from first retail sale to recovery: [0,91), [91,213), [213,365), [365,730), [730,1095), 1095 and more");
		d.put("relations", "additive relations between cells (whole = sum of parts) that hold by construction");
		d.put("medianTimeToCrimeDays, meanTimeToCrimeDays", "lower median and mean time-to-crime; omitted when fewer than 5 guns have one or when that count is suppressed");
		d.put("sdg1642", "SDG indicator 16.4.2 share: established over recovered; omitted when either is suppressed");
		d.put("personal data", "none: the open data is built from aggregates only; no name, date of birth, serial or address ever enters it");
		return d;
	}
}
