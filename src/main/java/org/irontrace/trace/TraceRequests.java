package org.irontrace.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.irontrace.access.Caller;
import org.irontrace.access.SharingScope;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The other half of the round trip with the tracing authority: what an agency still has to send
 * (recoveries with no answer that IronTrace could not complete from a ledger either) and what has
 * been answered. An answer imported from trace_results.csv moves a request from one list to the
 * other. These lists are the agency's own work: callers are checked by the controller.
 */
@Service
public class TraceRequests {

	/**
	 * Crimes the tracing authority answers as urgent (within a day rather than about nine): lives
	 * at stake or an arrest pending.
	 */
	static final Set<String> URGENT_CRIMES = Set.of("HOMICIDE", "KIDNAPPING", "TERRORISM", "ATTEMPTED_HOMICIDE");

	private static final String TO_SEND = """
			FROM recovery r LEFT JOIN current_trace c ON c.agency = r.agency AND c.recovery_id = r.recovery_id
			WHERE r.agency = :agency
			  AND NOT EXISTS (SELECT 1 FROM trace_answer_store a WHERE a.agency = r.agency AND a.recovery_id = r.recovery_id)
			  AND (c.status IS NULL OR c.status <> 'COMPLETED')
			""";

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	TraceRequests(JdbcClient jdbc, SharingScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/**
	 * The agency whose requests the caller works: the one asked for (its own when none is named),
	 * if it is the caller's own or the caller is one of the installation's operators. Sending
	 * requests is the owner's act, so an agreement does not open them: anyone else is told there are
	 * none (404), as for a record it may not see.
	 */
	public String agencyWorkedBy(Caller caller, String agency) {
		String asked = agency == null || agency.isBlank() ? caller.agency() : agency.trim();
		if (!asked.equals(caller.agency()) && !scopes.visibilityFor(caller, SharingScope.RECOVERIES).everything()) {
			throw new NotFoundException("Agency " + asked + " has no trace requests you may read");
		}
		return asked;
	}

	/** How many requests an agency still has to send and how many were answered. */
	public Counts count(String agency) {
		return jdbc.sql("SELECT (SELECT count(*) " + TO_SEND + "), (SELECT count(DISTINCT recovery_id)"
				+ " FROM trace_answer_store WHERE agency = :agency)")
			.param("agency", agency)
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The agency's requests to send, oldest recovery first, after a recovery id when paging. */
	public List<TraceRequest> listToSend(String agency, String afterId, int limit) {
		return jdbc.sql("SELECT r.*, c.status AS last_status, c.reason AS last_reason " + TO_SEND
				+ " AND r.recovery_id > :after ORDER BY r.recovery_id LIMIT :limit")
			.param("agency", agency)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> read(rs))
			.list();
	}

	/** Every request to send, streamed (a backlog may hold tens of thousands). */
	public void eachToSend(String agency, Consumer<TraceRequest> sink) {
		jdbc.sql("SELECT r.*, c.status AS last_status, c.reason AS last_reason " + TO_SEND + " ORDER BY r.recovery_id")
			.param("agency", agency)
			.query((ResultSet rs) -> {
				sink.accept(read(rs));
			});
	}

	/** Every request to send as the submission file (FORMATS' names, {@link TraceRequestFile}), streamed. */
	public void writeToSend(String agency, java.io.OutputStream out) throws java.io.IOException {
		try (de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
			.build(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8))) {
			csv.writeRecord(TraceRequestFile.COLUMNS);
			eachToSend(agency, request -> csv.writeRecord(TraceRequestFile.cells(request)));
		}
	}

	/** The agency's answered requests, newest answer first. */
	public List<AnsweredRequest> listAnswered(String agency, int limit) {
		return jdbc.sql("""
				SELECT agency, recovery_id, trace_number, result_date, trace_status, not_traced_words, dealer_name,
				       dealer_state, sale_date
				FROM (SELECT DISTINCT ON (recovery_id) * FROM trace_answer_store WHERE agency = :agency
				      ORDER BY recovery_id, result_date DESC) latest
				ORDER BY result_date DESC, recovery_id LIMIT :limit
				""")
			.param("agency", agency)
			.param("limit", limit)
			.query((rs, n) -> new AnsweredRequest(rs.getString("agency"), rs.getString("recovery_id"),
					rs.getString("trace_number"), rs.getObject("result_date", LocalDate.class),
					rs.getString("trace_status"), rs.getString("not_traced_words"), rs.getString("dealer_name"),
					rs.getString("dealer_state"), rs.getObject("sale_date", LocalDate.class)))
			.list();
	}

	private static TraceRequest read(ResultSet rs) throws SQLException {
		String crime = rs.getString("crime_code");
		return new TraceRequest(crime != null && URGENT_CRIMES.contains(crime) ? "URGENT" : "ROUTINE",
				rs.getString("agency"), rs.getString("recovery_id"), rs.getObject("recovery_date", LocalDate.class),
				rs.getString("country"), rs.getString("admin_area"), rs.getString("city"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), crime,
				rs.getString("serial_number"), rs.getBoolean("serial_obliterated"), rs.getString("partial_serial"),
				rs.getString("manufacturer"), rs.getString("importer"), rs.getString("model"), rs.getString("caliber"),
				rs.getString("firearm_type"), rs.getString("country_of_manufacture"),
				rs.getString("possessor_first_name"), rs.getString("possessor_last_name"),
				rs.getObject("possessor_dob", LocalDate.class), rs.getString("possessor_nationality"),
				rs.getString("incident_id"), rs.getString("criminal_group"), rs.getString("last_status"), rs.getString("last_reason"));
	}

	/** Requests to send and requests answered. */
	public record Counts(long toSend, long answered) {
	}
}
