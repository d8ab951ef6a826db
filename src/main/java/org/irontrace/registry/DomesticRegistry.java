package org.irontrace.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The recovering countries' firearm registries, read by firearm identity. A match means the gun was
 * lawfully held at home before it was recovered: domestic diversion, apart from US-sourced and other
 * foreign guns.
 */
@Service
public class DomesticRegistry {

	/**
	 * Every key of the batch against the registry's one matching rule (the SQL function
	 * {@code registry_match}, V58): one row per key, in one statement.
	 */
	private static final String FIND = """
			SELECT k.i, m.registry_id, m.holder_type, m.status, m.status_date
			FROM unnest(CAST(:serials AS text[]), CAST(:makers AS text[]), CAST(:importers AS text[]))
			     WITH ORDINALITY AS k(serial_key, manufacturer_key, importer_key, i)
			CROSS JOIN LATERAL registry_match(:country, k.serial_key, k.manufacturer_key, k.importer_key) m
			""";

	/**
	 * One gun (a single trace), with plain values: the statement for many, whose parameters are
	 * arrays, is planned again at every call (V228).
	 */
	private static final String FIND_ONE = """
			SELECT 1 AS i, m.registry_id, m.holder_type, m.status, m.status_date
			FROM registry_match(:country, CAST(:serials AS text), CAST(:makers AS text), CAST(:importers AS text)) m
			""";

	private final JdbcClient jdbc;

	DomesticRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The guns of {@code firearms} that {@code country}'s registry holds, keyed by the identity asked
	 * for; identities not registered (or without serial or maker) are absent. One query for the whole
	 * batch, whatever its size: the trace engine calls it once per page of recoveries.
	 *
	 * @param country ISO 3166-1 alpha-2 of the recovering country (any case)
	 * @param firearms identities as stored on recoveries or in the ledger; the importer must agree only
	 *        when both the registry and the key name one
	 */
	public Map<RegistryKey, RegisteredFirearm> findRegistered(String country, Collection<RegistryKey> firearms) {
		List<RegistryKey> keys = firearms.stream().filter(RegistryKey::searchable).distinct().toList();
		Map<RegistryKey, RegisteredFirearm> found = new LinkedHashMap<>();
		if (country == null || keys.isEmpty()) {
			return found;
		}
		String upper = country.trim().toUpperCase(Locale.ROOT);
		boolean one = keys.size() == 1;
		jdbc.sql(one ? FIND_ONE : FIND)
			.param("country", upper)
			.param("serials", one ? keys.get(0).serialKey() : keys.stream().map(RegistryKey::serialKey).toArray(String[]::new))
			.param("makers", one ? keys.get(0).manufacturerKey()
					: keys.stream().map(RegistryKey::manufacturerKey).toArray(String[]::new))
			.param("importers", one ? keys.get(0).importerKey()
					: keys.stream().map(RegistryKey::importerKey).toArray(String[]::new))
			.query(rs -> {
				String status = rs.getString("status");
				found.put(keys.get(rs.getInt("i") - 1), new RegisteredFirearm(upper, rs.getString("registry_id"),
						HolderType.valueOf(rs.getString("holder_type")), status == null ? null : RegistryStatus.valueOf(status),
						rs.getObject("status_date", LocalDate.class)));
			});
		return found;
	}

	/** Registry rows imported after this moment (by no one's name: a registry row records no sender). */
	public long countImportedAfter(java.time.Instant moment) {
		return jdbc.sql("SELECT count(*) FROM domestic_registry WHERE imported_at > ?")
			.param(java.sql.Timestamp.from(moment))
			.query(Long.class)
			.single();
	}

	/** Forgets the registry rows imported up to this moment, as when the demo world that sent them is removed. */
	public long forgetImportedUpTo(java.time.Instant moment) {
		return jdbc.sql("DELETE FROM domestic_registry WHERE imported_at <= ?").param(java.sql.Timestamp.from(moment)).update();
	}
}
