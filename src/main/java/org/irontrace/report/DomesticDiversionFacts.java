package org.irontrace.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.report.RecoveryReport.DomesticDiversion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recoveries whose gun the recovering country's registry holds. The registry module owns its table
 * and publishes its matching rule as the SQL function {@code registry_match} (V58) for queries like
 * this one, which never read {@code domestic_registry} itself. One scan of the period's recoveries,
 * one index probe per recovery with a serial and a maker.
 */
@Repository
class DomesticDiversionFacts {

	/** The registry's kinds of holder, each reported even when none of its guns was recovered. */
	static final List<String> HOLDER_TYPES = List.of("PERSON", "SECURITY_COMPANY", "DEALER", "POLICE", "MILITARY",
			"OTHER_STATE");

	private static final String COUNT = """
			SELECT m.holder_type, count(*) AS guns, count(*) FILTER (WHERE m.status = 'REPORTED_STOLEN') AS stolen
			FROM recovery r
			CROSS JOIN LATERAL registry_match(r.country, r.serial_key, r.manufacturer_key, r.importer_key) m
			WHERE r.serial_key IS NOT NULL AND r.manufacturer_key IS NOT NULL AND r.recovery_date BETWEEN :from AND :to
			  AND (CAST(:country AS text) IS NULL OR r.country = :country)
			  AND (:everyone OR r.agency = ANY(:agencies))
			GROUP BY m.holder_type
			""";

	private final JdbcClient jdbc;

	DomesticDiversionFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DomesticDiversion count(Audience audience, ReportRequest request) {
		Map<String, Long> byHolder = new LinkedHashMap<>();
		HOLDER_TYPES.forEach(type -> byHolder.put(type, 0L));
		long[] stolen = { 0 };
		jdbc.sql(COUNT).params(RecoveryFacts.params(audience, request, null)).query(rs -> {
			byHolder.put(rs.getString("holder_type"), rs.getLong("guns"));
			stolen[0] += rs.getLong("stolen");
		});
		return new DomesticDiversion(byHolder.values().stream().mapToLong(Long::longValue).sum(), byHolder, stolen[0]);
	}
}
