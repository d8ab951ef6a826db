package org.irontrace.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.GrowingTable;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.StagedRow;
import org.irontrace.platform.PersonalDataSeal;
import org.springframework.stereotype.Component;

/**
 * {@code trace_results.csv}: the answers of the US tracing centre (or any tracing authority) to the
 * trace requests an agency sent. An answer is stored whole with its provenance; the same
 * (agency, trace number, result date) sent again is a no-op, and another answer under that key is
 * refused, since only a later result date may correct an answer. What the answer proves becomes
 * custody evidence ({@link TraceAnswerEvidence}), and the recovery is traced again from it once the
 * file is in ({@link TraceService#traceAnswersSince}).
 */
@Component
class TraceResultsImporter implements CsvImporter {

	static final Set<String> STATUSES = Set.of("COMPLETED", "DEALER_ONLY", "SOURCE_ONLY", "NOT_TRACED");

	/** Columns of the stored answer, in staging order after {@code line}. */
	static final String ANSWER_COLUMNS = "agency, recovery_id, trace_number, result_date, trace_status,"
			+ " not_traced_words, not_traced_reason, serial_number, serial_key, manufacturer, manufacturer_key,"
			+ " importer, importer_key, model, caliber, calibre_family, firearm_type, country_of_manufacture,"
			+ " source_licence, source_name, dealer_licence, dealer_name, dealer_street, dealer_city, dealer_state,"
			+ " dealer_postal_code, sale_date, purchaser_first_name, purchaser_last_name, purchaser_dob_sealed,"
			+ " purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code, purchaser_id_type,"
			+ " purchaser_id_number_sealed, time_to_crime_days, multiple_sale, answer_digest, sent_by";

	private final Catalog catalog;

	private final PersonalDataSeal seal;

	TraceResultsImporter(Catalog catalog, PersonalDataSeal seal) {
		this.catalog = catalog;
		this.seal = seal;
	}

	@Override
	public String kind() {
		return "trace-results";
	}

	@Override
	public List<String> columns() {
		return List.of("agency", "recovery_id", "trace_number", "result_date", "trace_status", "not_traced_reason",
				"serial_number", "manufacturer", "importer", "model", "caliber", "firearm_type",
				"country_of_manufacture", "source_licence", "source_name", "dealer_licence", "dealer_name",
				"dealer_street", "dealer_city", "dealer_state", "dealer_postal_code", "sale_date",
				"purchaser_first_name", "purchaser_last_name", "purchaser_dob", "purchaser_street", "purchaser_city",
				"purchaser_state", "purchaser_postal_code", "purchaser_id_type", "purchaser_id_number",
				"time_to_crime_days", "multiple_sale", "recovery_date", "recovery_country");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("agency", "recovery_id", "trace_number", "result_date", "trace_status");
	}

	@Override
	public String stagingTable() {
		return "staged_trace_answer";
	}

	@Override
	public String stagingColumns() {
		return "line bigint, agency text, recovery_id text, trace_number text, result_date date, trace_status text,"
				+ " not_traced_words text, not_traced_reason text, serial_number text, serial_key text,"
				+ " manufacturer text, manufacturer_key text, importer text, importer_key text, model text,"
				+ " caliber text, calibre_family text, firearm_type text, country_of_manufacture text,"
				+ " source_licence text, source_name text, dealer_licence text, dealer_name text, dealer_street text,"
				+ " dealer_city text, dealer_state text, dealer_postal_code text, sale_date date,"
				+ " purchaser_first_name text, purchaser_last_name text, purchaser_dob_sealed bytea,"
				+ " purchaser_street text, purchaser_city text, purchaser_state text, purchaser_postal_code text,"
				+ " purchaser_id_type text, purchaser_id_number_sealed bytea, time_to_crime_days integer,"
				+ " multiple_sale boolean, answer_digest text, sent_by text, recovery_date date, recovery_country text";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		String agency = row.required("agency");
		if (agency != null && !row.submitter().mayReportFor(agency)) {
			row.reject("agency", Refusal.ANOTHER_AGENCY, row.submitter().agency(), agency);
		}
		String status = row.requiredCode("trace_status", STATUSES);
		boolean identified = status != null && !status.equals("NOT_TRACED");
		boolean reachedDealer = "COMPLETED".equals(status) || "DEALER_ONLY".equals(status);
		String words = row.text("not_traced_reason");
		if (identified) {
			row.required("serial_number");
			row.required("manufacturer");
		}
		FirearmDescription firearm = row.firearm(catalog, null);
		String dealer = reachedDealer ? row.required("dealer_licence") : row.text("dealer_licence");
		java.time.LocalDate saleDate = row.date("sale_date", false);
		Double days = row.number("time_to_crime_days", 0, 36_500);
		if ("COMPLETED".equals(status) && saleDate == null && days == null && !row.rejected()) {
			// A completed answer names a sale; without its date nothing downstream can be dated.
			row.required("sale_date");
		}
		java.time.LocalDate dob = row.date("purchaser_dob", false);
		List<String> answer = new ArrayList<>();
		out.add(String.valueOf(row.line()))
			.add(remember(answer, agency))
			.add(remember(answer, row.required("recovery_id")))
			.add(remember(answer, row.required("trace_number")))
			.add(row.date("result_date", true))
			.add(remember(answer, status))
			.add(remember(answer, words))
			.add(status == null ? null : "NOT_TRACED".equals(status) ? AuthorityReasons.reasonFor(words).name() : null)
			.add(firearm, null)
			.add(remember(answer, row.text("source_licence")))
			.add(remember(answer, row.text("source_name")))
			.add(remember(answer, dealer))
			.add(remember(answer, row.text("dealer_name")))
			.add(remember(answer, row.text("dealer_street")))
			.add(remember(answer, row.text("dealer_city")))
			.add(remember(answer, row.upperText("dealer_state")))
			.add(remember(answer, row.text("dealer_postal_code")))
			.add(saleDate)
			.add(remember(answer, row.text("purchaser_first_name")))
			.add(remember(answer, row.text("purchaser_last_name")))
			.add(seal.seal(remember(answer, dob == null ? null : dob.toString())))
			.add(remember(answer, row.text("purchaser_street")))
			.add(remember(answer, row.text("purchaser_city")))
			.add(remember(answer, row.upperText("purchaser_state")))
			.add(remember(answer, row.text("purchaser_postal_code")))
			.add(remember(answer, row.text("purchaser_id_type")))
			.add(seal.seal(remember(answer, row.text("purchaser_id_number"))))
			.add(remember(answer, days == null ? null : String.valueOf(Math.round(days))))
			.add(remember(answer, String.valueOf(row.yesNo("multiple_sale", false))).equals("true"));
		answer.add(firearm.serialNumber());
		answer.add(firearm.manufacturer());
		answer.add(firearm.importer());
		answer.add(firearm.model());
		answer.add(firearm.caliber());
		answer.add(firearm.firearmType());
		answer.add(firearm.countryOfManufacture());
		answer.add(saleDate == null ? null : saleDate.toString());
		out.add(seal.digest(answer))
			.add(row.submitter().agency())
			.add(row.date("recovery_date", false))
			.add(row.country("recovery_country", null));
	}

	private static String remember(List<String> answer, String value) {
		answer.add(value);
		return value;
	}

	@Override
	public List<String> laneSetupSql() {
		return List.of(TraceAnswerEvidence.STORED_NOW, TraceAnswerEvidence.ANSWERED_NOW);
	}

	@Override
	public List<String> lookUpSql() {
		return List.of(TraceAnswerEvidence.LOOK_UP);
	}

	/**
	 * Stores the new answers and notes each, by its row, in {@code answered_now} for the statements
	 * that follow; the count of notes is the count of answers stored.
	 */
	@Override
	public String mergeSql() {
		return "WITH stored AS (INSERT INTO trace_answer_store (" + ANSWER_COLUMNS + ", source_line)"
				+ " SELECT DISTINCT ON (agency, trace_number, result_date) " + ANSWER_COLUMNS + ", line"
				+ " FROM staged_trace_answer ORDER BY agency, trace_number, result_date, line ON CONFLICT DO NOTHING"
				+ " RETURNING source_line, agency, trace_number, recovery_id)"
				+ " INSERT INTO answered_now (line, agency, trace_number, recovery_id)"
				+ " SELECT source_line, agency, trace_number, recovery_id FROM stored";
	}

	/**
	 * The answers, their evidence, and the recoveries created from answers about guns the agency has
	 * not sent, by the keys each batch looks the next one's answers up by.
	 */
	@Override
	public List<GrowingTable> tablesItGrows() {
		return List.of(new GrowingTable("trace_answer_store", List.of("agency", "trace_number", "result_date", "recovery_id")),
				new GrowingTable("custody_event_store",
						List.of("serial_key", "manufacturer_key", "importer_key", "source", "event_type", "event_id")),
				new GrowingTable("recovery_store", List.of("agency", "recovery_id")));
	}

	@Override
	public String refusalsSql() {
		return TraceAnswerEvidence.REFUSALS;
	}

	@Override
	public List<String> followUpSql() {
		return TraceAnswerEvidence.STATEMENTS;
	}
}
