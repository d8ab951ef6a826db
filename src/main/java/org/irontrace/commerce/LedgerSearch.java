package org.irontrace.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.irontrace.catalog.SerialNumbers;
import org.irontrace.platform.Accents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Search of the ledger as an analyst types: guns by serial (exact, its beginning, a look-alike
 * reading, or with {@code ?} for unreadable characters, through the shape indexes) and licensees by
 * licence number or name (folded, near spellings forgiven, through a trigram index). The ledger holds
 * no agency's records: what it says of commerce is seen by every analyst, purchasers excepted.
 */
@Service
public class LedgerSearch {

	private static final String FIREARM_COLUMNS = "serial_key, manufacturer_key, importer_key, serial_number,"
			+ " manufacturer, importer, model, caliber, calibre_family, firearm_type, country_of_manufacture";

	private static final String LICENSEE_COLUMNS = "licence_number, licence_type, business_name, street, city, state,"
			+ " postal_code, country, status";

	private final JdbcClient jdbc;

	LedgerSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the firearms whose serial reads like this one or begins like it, exact serials first. */
	public List<LedgerFirearm> listFirearmsLike(String serialAsWritten, int offset, int limit) {
		String normalised = SerialNumbers.normalise(serialAsWritten);
		if (normalised == null || SerialNumbers.readableCharacters(normalised) == 0) {
			return List.of();
		}
		String shape = SerialNumbers.lookAlikeShape(normalised);
		JdbcClient.StatementSpec spec;
		if (SerialNumbers.isPartial(normalised)) {
			SerialShapeQuery query = SerialShapeQuery.of(shape);
			spec = jdbc.sql("SELECT " + FIREARM_COLUMNS + " FROM firearm WHERE " + query.condition()
					+ " ORDER BY serial_key <> :exact, serial_key, manufacturer_key OFFSET :offset LIMIT :limit")
				.params(query.parameters());
		}
		else {
			spec = jdbc.sql("SELECT " + FIREARM_COLUMNS + " FROM firearm WHERE serial_shape LIKE :prefix"
					+ " ORDER BY serial_key <> :exact, serial_shape <> :shape, serial_key, manufacturer_key OFFSET :offset LIMIT :limit")
				.param("prefix", SerialShapeQuery.likePattern(shape) + "%")
				.param("shape", shape);
		}
		return spec.param("exact", normalised).param("offset", offset).param("limit", limit)
			.query((rs, n) -> readFirearm(rs)).list();
	}

	/** A page of the licensees whose number begins with the words or whose name is near them. */
	public List<Licensee> listLicenseesLike(String words, int offset, int limit) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		String number = words.trim().toUpperCase(Locale.ROOT);
		String folded = Accents.fold(words);
		return jdbc.sql("SELECT " + LICENSEE_COLUMNS + " FROM licensee WHERE licence_number LIKE :number"
				+ " OR irontrace_fold(business_name) LIKE :contains OR :folded <% irontrace_fold(business_name)"
				+ " ORDER BY licence_number <> :exact, word_similarity(:folded, irontrace_fold(business_name)) DESC, licence_number"
				+ " OFFSET :offset LIMIT :limit")
			.param("number", SerialShapeQuery.likePattern(number) + "%")
			.param("exact", number)
			.param("contains", "%" + SerialShapeQuery.likePattern(folded) + "%")
			.param("folded", folded)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> readLicensee(rs))
			.list();
	}

	public Optional<Licensee> findLicensee(String licenceNumber) {
		return jdbc.sql("SELECT " + LICENSEE_COLUMNS + " FROM licensee WHERE licence_number = ?")
			.param(licenceNumber)
			.query((rs, n) -> readLicensee(rs))
			.optional();
	}

	/** How many retail sales the ledger records for this dealer. */
	public long countRetailSales(String licenceNumber) {
		return jdbc.sql("SELECT count(*) FROM custody_event WHERE from_licence = ? AND event_type = 'SOLD'")
			.param(licenceNumber)
			.query(Long.class)
			.single();
	}

	private static Licensee readLicensee(ResultSet rs) throws SQLException {
		return new Licensee(rs.getString("licence_number"), rs.getString("licence_type"), rs.getString("business_name"),
				rs.getString("street"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"),
				rs.getString("country"), rs.getString("status"));
	}

	private static LedgerFirearm readFirearm(ResultSet rs) throws SQLException {
		return new LedgerFirearm(
				new FirearmIdentity(rs.getString("manufacturer_key"), rs.getString("serial_key"),
						rs.getString("importer_key")),
				rs.getString("serial_number"), rs.getString("manufacturer"), rs.getString("importer"),
				rs.getString("model"), rs.getString("caliber"), rs.getString("calibre_family"),
				rs.getString("firearm_type"), rs.getString("country_of_manufacture"));
	}
}
