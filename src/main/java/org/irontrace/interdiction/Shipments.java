package org.irontrace.interdiction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.Submitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads one shipment with its inspections, and records an inspection from the officer's form
 * through the very import inspections.csv goes through, so both obey one set of rules.
 */
@Service
public class Shipments {

	private static final String SHIPMENT = """
			SELECT s.*, :everything OR s.agency = ANY(:full) AS personal
			FROM interdiction_shipment s
			WHERE s.agency = :agency AND s.shipment_id = :shipmentId AND (:everything OR s.agency = ANY(:records))
			""";

	/** The incident's guns are the recoveries of that agency under that incident id (the recovery module's view). */
	private static final String INSPECTIONS = """
			SELECT i.*, (SELECT count(*) FROM recovery r WHERE r.agency = i.agency AND r.incident_id = i.incident_id) AS guns
			FROM interdiction_inspection i WHERE i.agency = :agency AND i.shipment_id = :shipmentId
			ORDER BY i.inspection_date
			""";

	private final JdbcClient jdbc;

	private final ImportService imports;

	Shipments(JdbcClient jdbc, ImportService imports) {
		this.jdbc = jdbc;
		this.imports = imports;
	}

	public Optional<Shipment> findShipment(String agency, String shipmentId, Visibility records) {
		List<Shipment.Inspection> inspections = jdbc.sql(INSPECTIONS)
			.param("agency", agency)
			.param("shipmentId", shipmentId)
			.query((rs, row) -> new Shipment.Inspection(rs.getObject("inspection_date", LocalDate.class),
					rs.getString("method"), rs.getString("result"), (Integer) rs.getObject("firearms_found"),
					(Integer) rs.getObject("magazines_found"), (Integer) rs.getObject("rounds_found"),
					rs.getString("incident_id"), rs.getLong("guns"), rs.getString("recorded_by")))
			.list();
		return jdbc.sql(SHIPMENT)
			.param("everything", records.everything())
			.param("full", records.fullAgencies())
			.param("records", records.recordAgencies())
			.param("agency", agency)
			.param("shipmentId", shipmentId)
			.query((rs, row) -> read(rs, inspections))
			.optional();
	}

	private static Shipment read(ResultSet rs, List<Shipment.Inspection> inspections) throws SQLException {
		boolean personal = rs.getBoolean("personal");
		Shipment.Party shipper = personal ? new Shipment.Party(rs.getString("shipper_name"), rs.getString("shipper_street"),
				rs.getString("shipper_city"), rs.getString("shipper_state"), rs.getString("shipper_postal_code"),
				rs.getString("origin_country"), rs.getString("shipper_phone")) : null;
		Shipment.Party consignee = personal ? new Shipment.Party(rs.getString("consignee_name"),
				rs.getString("consignee_street"), rs.getString("consignee_city"), null, null,
				rs.getString("consignee_country"), rs.getString("consignee_phone")) : null;
		return new Shipment(rs.getString("agency"), rs.getString("shipment_id"), rs.getString("mode"),
				rs.getObject("departure_date", LocalDate.class), rs.getString("origin_port"), rs.getString("origin_country"),
				rs.getString("destination_port"), rs.getString("destination_country"), shipper, consignee,
				rs.getString("forwarder"), rs.getString("hs_code"), rs.getString("description"),
				(Double) rs.getObject("declared_value_usd"), (Double) rs.getObject("weight_kg"),
				(Integer) rs.getObject("packages"), rs.getString("container_id"), rs.getString("vehicle_plate"), personal,
				inspections);
	}

	/** What an officer records on the targeting page: one row of inspections.csv. */
	public record InspectionForm(String shipmentId, LocalDate inspectionDate, String method, String result,
			Integer firearmsFound, Integer magazinesFound, Integer roundsFound, String incidentId) {
	}

	/**
	 * Records an inspection of one of the submitter's agency's shipments, as a one-row inspections.csv:
	 * the same checks, the same idempotence, the same follow-up (the seized incident traced).
	 */
	public ImportReport recordInspection(String agency, InspectionForm form, Submitter submitter) {
		String csv = "agency,shipment_id,inspection_date,method,result,firearms_found,magazines_found,rounds_found,incident_id\r\n"
				+ String.join(",", quoted(agency), quoted(form.shipmentId()), text(form.inspectionDate()),
						quoted(form.method()), quoted(form.result()), text(form.firearmsFound()), text(form.magazinesFound()),
						text(form.roundsFound()), quoted(form.incidentId()))
				+ "\r\n";
		return imports.importCsv("inspections", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE, submitter);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String quoted(String value) {
		return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
	}

	/** Forgets these agencies' declarations and the inspections recorded on them. */
	@org.springframework.transaction.annotation.Transactional
	public long forgetAgencies(java.util.Collection<String> agencies) {
		String[] codes = agencies.toArray(String[]::new);
		jdbc.sql("DELETE FROM interdiction_inspection WHERE agency = ANY(?)").param(codes).update();
		return jdbc.sql("DELETE FROM interdiction_shipment WHERE agency = ANY(?)").param(codes).update();
	}
}
