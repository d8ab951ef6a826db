package org.irontrace.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.catalog.SerialNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the custody ledger for tracing. Every look-up is an index look-up; the bulk forms
 * answer many firearms in one query.
 */
@Service
public class Ledger {

	private static final String FIREARM_COLUMNS = "serial_key, manufacturer_key, importer_key, serial_number,"
			+ " manufacturer, importer, model, caliber, calibre_family, firearm_type, country_of_manufacture";

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the ledger holds no custody event yet (a new installation). */
	public boolean isEmpty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM custody_event)").query(Boolean.class).single();
	}

	/**
	 * Whether the ledger holds import records of its own (not evidence from a tracing authority's
	 * answer): only then does the absence of one say a foreign-made gun was never imported.
	 */
	public boolean holdsImportRecords() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM custody_event_store WHERE event_type = 'IMPORTED' AND source = 'LEDGER')")
			.query(Boolean.class)
			.single();
	}

	/** Firearms whose normalised serial is exactly this one, at any maker. */
	public List<LedgerFirearm> listFirearmsWithSerial(String serialKey) {
		return jdbc.sql("SELECT " + FIREARM_COLUMNS + " FROM firearm WHERE serial_key = ?")
			.param(serialKey)
			.query((rs, n) -> readFirearm(rs))
			.list();
	}

	/** Firearms with any of these normalised serials (bulk tracing). */
	public List<LedgerFirearm> listFirearmsWithSerials(Collection<String> serialKeys) {
		if (serialKeys.isEmpty()) {
			return List.of();
		}
		if (serialKeys.size() == 1) {
			// Plain values: a statement whose parameter is an array is planned again at every call (V228).
			return listFirearmsWithSerial(serialKeys.iterator().next());
		}
		return jdbc.sql("SELECT " + FIREARM_COLUMNS + " FROM firearm WHERE serial_key = ANY(?)")
			.param(serialKeys.toArray(String[]::new))
			.query((rs, n) -> readFirearm(rs))
			.list();
	}

	/**
	 * Firearms whose serial reads like the given one once look-alike characters are folded together
	 * (O/0, I/1, S/5, B/8, Z/2). {@code serialReading} is a normalised serial in which {@code ?}
	 * stands for one unreadable character; {@code manufacturerKey} restricts the search when not null.
	 */
	public List<LedgerFirearm> listFirearmsReadingAlike(String serialReading, String manufacturerKey, int limit) {
		SerialShapeQuery query = SerialShapeQuery.of(SerialNumbers.lookAlikeShape(serialReading));
		String where = query.condition() + (manufacturerKey == null ? "" : " AND manufacturer_key = :maker");
		JdbcClient.StatementSpec spec = jdbc
			.sql("SELECT " + FIREARM_COLUMNS + " FROM firearm WHERE " + where + " ORDER BY serial_key LIMIT :limit")
			.params(query.parameters())
			.param("limit", limit);
		if (manufacturerKey != null) {
			spec = spec.param("maker", manufacturerKey);
		}
		return spec.query((rs, n) -> readFirearm(rs)).list();
	}

	/**
	 * A gun's chain for one serial (a single trace) and for many (a page): two statements, since one
	 * whose parameter is an array is planned again at every call (V228).
	 */
	private static final String CUSTODY_OF_ONE_SERIAL = "SELECT * FROM firearm_custody WHERE serial_key = ?";

	private static final String CUSTODY_OF_SERIALS = "SELECT * FROM firearm_custody WHERE serial_key = ANY(?)";

	/**
	 * Firearms with any of these normalised serials, each with its custody events in the order they
	 * happened: what a trace needs to identify a gun and read its chain, in one statement instead of
	 * one for the firearms and one for their events.
	 */
	public Map<LedgerFirearm, List<CustodyEvent>> listFirearmsWithCustody(Collection<String> serialKeys) {
		Map<LedgerFirearm, List<CustodyEvent>> found = new LinkedHashMap<>();
		if (serialKeys.isEmpty()) {
			return found;
		}
		boolean one = serialKeys.size() == 1;
		jdbc.sql(one ? CUSTODY_OF_ONE_SERIAL : CUSTODY_OF_SERIALS)
			.param(one ? serialKeys.iterator().next() : serialKeys.toArray(String[]::new))
			.query((ResultSet rs) -> {
				List<CustodyEvent> chain = found.computeIfAbsent(readFirearm(rs), firearm -> new ArrayList<>());
				if (rs.getString("event_id") != null) {
					chain.add(readEvent(rs));
				}
			});
		found.values().forEach(chain -> chain.sort(CustodyOrder.INSTANCE));
		return found;
	}

	/** The custody events of each firearm, in the order they happened. */
	public Map<FirearmIdentity, List<CustodyEvent>> custodyOf(Collection<FirearmIdentity> firearms) {
		Map<FirearmIdentity, List<CustodyEvent>> chains = new LinkedHashMap<>();
		if (firearms.isEmpty()) {
			return chains;
		}
		firearms.forEach(firearm -> chains.put(firearm, new ArrayList<>()));
		List<String> serials = firearms.stream().map(FirearmIdentity::serialKey).distinct().toList();
		jdbc.sql("""
				SELECT e.serial_key, e.manufacturer_key, e.importer_key, e.event_id, e.event_type, e.event_date,
				       e.from_licence, e.to_licence, l.business_name, l.state, e.purchaser_first_name,
				       e.purchaser_last_name, e.purchaser_dob, e.purchaser_state, e.source, e.trace_number, e.sent_by
				FROM custody_event e LEFT JOIN licensee l ON l.licence_number = e.from_licence
				WHERE e.serial_key = ANY(?)
				""").param(serials.toArray(String[]::new)).query((ResultSet rs) -> {
			FirearmIdentity identity = new FirearmIdentity(rs.getString(2), rs.getString(1), rs.getString(3));
			List<CustodyEvent> chain = chains.get(identity);
			if (chain != null) {
				chain.add(readEvent(rs));
			}
		});
		chains.values().forEach(chain -> chain.sort(CustodyOrder.INSTANCE));
		return chains;
	}

	private static CustodyEvent readEvent(ResultSet rs) throws SQLException {
		EventType type = EventType.valueOf(rs.getString("event_type"));
		CustodyEvent.Purchaser purchaser = rs.getString("purchaser_last_name") == null ? null
				: new CustodyEvent.Purchaser(rs.getString("purchaser_first_name"), rs.getString("purchaser_last_name"),
						rs.getObject("purchaser_dob", LocalDate.class), rs.getString("purchaser_state"));
		return new CustodyEvent(rs.getString("event_id"), type, rs.getObject("event_date", LocalDate.class),
				rs.getString("from_licence"), rs.getString("to_licence"), rs.getString("business_name"),
				rs.getString("state"), purchaser, rs.getString("source"), rs.getString("trace_number"),
				rs.getString("sent_by"));
	}

	private static LedgerFirearm readFirearm(ResultSet rs) throws SQLException {
		return new LedgerFirearm(
				new FirearmIdentity(rs.getString("manufacturer_key"), rs.getString("serial_key"),
						rs.getString("importer_key")),
				rs.getString("serial_number"), rs.getString("manufacturer"), rs.getString("importer"),
				rs.getString("model"), rs.getString("caliber"), rs.getString("calibre_family"),
				rs.getString("firearm_type"), rs.getString("country_of_manufacture"));
	}

	/** Ledger rows sent by a user (through the API or the pages), as against the installation's own imports. */
	public long countRowsSentByUsers() {
		return jdbc.sql("SELECT count(*) FROM custody_event_store WHERE sent_by <> 'installation'").query(Long.class).single();
	}

	/**
	 * Forgets the ledger the installation sent itself (the demo world's, and any command-line import,
	 * which cannot be told apart from it), and the firearms and licensees no remaining row names.
	 */
	@org.springframework.transaction.annotation.Transactional
	public long forgetRowsSentByInstallation() {
		long rows = jdbc.sql("DELETE FROM custody_event_store WHERE sent_by IS NULL OR sent_by = 'installation'").update();
		jdbc.sql("""
				DELETE FROM firearm f WHERE NOT EXISTS (SELECT 1 FROM custody_event_store e
				    WHERE e.serial_key = f.serial_key AND e.manufacturer_key = f.manufacturer_key)
				""").update();
		jdbc.sql("""
				DELETE FROM licensee l WHERE (sent_by IS NULL OR sent_by = 'installation') AND NOT EXISTS
				    (SELECT 1 FROM custody_event_store e WHERE l.licence_number IN (e.from_licence, e.to_licence))
				""").update();
		return rows;
	}
}
