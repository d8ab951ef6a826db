package org.irontrace.commerce;

import java.util.List;
import java.util.Set;

import org.irontrace.imports.CsvRow;
import org.irontrace.imports.StagedRow;
import org.springframework.stereotype.Component;

/**
 * {@code licensees.csv}. A licensee re-sent unchanged is a duplicate; one re-sent with new details
 * (a dealer gone out of business) updates the register, so the newest file describes each licensee.
 */
@Component
class LicenseeImporter implements LedgerFile {

	private static final Set<String> LICENCE_TYPES = Set.of("01", "02", "07", "08", "09");

	private static final Set<String> STATUSES = Set.of("ACTIVE", "OUT_OF_BUSINESS", "REVOKED");

	@Override
	public String kind() {
		return "licensees";
	}

	@Override
	public List<String> columns() {
		return List.of("licence_number", "licence_type", "business_name", "street", "city", "state", "postal_code",
				"country", "status", "latitude", "longitude");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("licence_number", "licence_type", "business_name");
	}

	@Override
	public String stagingTable() {
		return "staged_licensee";
	}

	@Override
	public String stagingColumns() {
		return "line bigint, licence_number text, licence_type text, business_name text, street text, city text,"
				+ " state text, postal_code text, country text, status text, latitude double precision,"
				+ " longitude double precision, sent_by text";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		out.add(String.valueOf(row.line()))
			.add(row.required("licence_number"))
			.add(row.requiredCode("licence_type", LICENCE_TYPES))
			.add(row.required("business_name"))
			.add(row.text("street"))
			.add(row.text("city"))
			.add(row.upperText("state"))
			.add(row.text("postal_code"))
			.add(row.country("country", "US"))
			.add(row.code("status", STATUSES, "ACTIVE"))
			.add(row.number("latitude", -90, 90))
			.add(row.number("longitude", -180, 180))
			.add(row.submitter().sentBy());
	}

	@Override
	public String mergeSql() {
		// The last row of a licence in the file wins; an unchanged licensee is left alone.
		return """
				INSERT INTO licensee AS l (licence_number, licence_type, business_name, street, city, state,
				                           postal_code, country, status, latitude, longitude, sent_by)
				SELECT DISTINCT ON (licence_number) licence_number, licence_type, business_name, street, city, state,
				       postal_code, country, status, latitude, longitude, sent_by
				FROM staged_licensee ORDER BY licence_number, line DESC
				ON CONFLICT (licence_number) DO UPDATE SET
				    licence_type = excluded.licence_type, business_name = excluded.business_name,
				    street = excluded.street, city = excluded.city, state = excluded.state,
				    postal_code = excluded.postal_code, country = excluded.country, status = excluded.status,
				    latitude = excluded.latitude, longitude = excluded.longitude, sent_by = excluded.sent_by
				WHERE (l.licence_type, l.business_name, l.street, l.city, l.state, l.postal_code, l.country,
				       l.status, l.latitude, l.longitude)
				   IS DISTINCT FROM (excluded.licence_type, excluded.business_name, excluded.street, excluded.city,
				       excluded.state, excluded.postal_code, excluded.country, excluded.status, excluded.latitude,
				       excluded.longitude)
				""";
	}
}
