package org.irontrace.intel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The multiple-sale reports and split purchases of the whole ledger: reportable sales are streamed
 * one person and category at a time (oldest first) through {@link MultipleSalePolicy}, and the groups
 * found are kept for the reports and the person leads.
 */
@Repository
class MultipleSales {

	private static final String REPORTABLE_SALES = """
			SELECT e.event_id,
			       COALESCE(pa.person_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)) AS purchaser, e.firearm_type, e.calibre_family, l.state, e.from_licence, e.event_date
			FROM custody_event e
			JOIN licensee l ON l.licence_number = e.from_licence
			LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			WHERE e.event_type = 'SOLD' AND (e.firearm_type IN ('PISTOL', 'REVOLVER')
			      OR e.firearm_type = 'RIFLE' AND l.state IN ('TX', 'AZ', 'NM', 'CA'))
			ORDER BY 2, e.event_date, e.event_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	MultipleSales(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Finds every group again; answers how many. */
	int rebuild() {
		MultipleSalePolicy policy = new MultipleSalePolicy(new BusinessDays());
		// A full refresh often follows a bulk import and a resolution run that autovacuum has not yet
		// caught up with: without fresh statistics the planner guesses the ledger and the resolved
		// people tiny and picks nested loops that take minutes on a million guns.
		jdbc.sql("ANALYZE custody_event_store, person_assignment, recovery").update();
		jdbc.sql("TRUNCATE intel_sale_group").update();
		List<SaleGroup> found = new ArrayList<>();
		List<List<SaleOnRecord>> open = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
		String[] current = { null };
		jdbc.sql(REPORTABLE_SALES).query(rs -> {
			String purchaser = rs.getString("purchaser");
			String category = MultipleSalePolicy.categoryOf(rs.getString("firearm_type"), rs.getString("calibre_family"),
					rs.getString("state"));
			if (purchaser == null || category == null) {
				return;
			}
			if (!purchaser.equals(current[0])) {
				open.forEach(sales -> found.addAll(policy.groups(sales)));
				open.forEach(List::clear);
				current[0] = purchaser;
			}
			open.get(category.equals("HANDGUN") ? 0 : 1).add(new SaleOnRecord(rs.getString("event_id"), purchaser, category,
					rs.getString("from_licence"), rs.getObject("event_date", LocalDate.class)));
		});
		open.forEach(sales -> found.addAll(policy.groups(sales)));
		template.batchUpdate("""
				INSERT INTO intel_sale_group (kind, category, purchaser_id, first_day, last_day, event_ids, licences)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", found, 1000, (ps, group) -> {
			List<SaleOnRecord> sales = group.sales();
			ps.setString(1, group.kind().name());
			ps.setString(2, sales.get(0).category());
			ps.setString(3, sales.get(0).purchaserId());
			ps.setObject(4, sales.get(0).day());
			ps.setObject(5, sales.get(sales.size() - 1).day());
			ps.setArray(6, ps.getConnection().createArrayOf("text", sales.stream().map(SaleOnRecord::eventId).toArray()));
			ps.setArray(7, ps.getConnection().createArrayOf("text", group.licences().toArray()));
		});
		return found.size();
	}

	/**
	 * The groups that started in a period, as electronic multiple-sale reports. The ledger's purchasers
	 * are seen only through traces: a report names its purchaser (by person key) only to a caller who
	 * sees in full a trace of a gun the purchaser bought; to anyone else it is a report on nobody.
	 */
	List<MultipleSaleReport> listReports(LocalDate from, LocalDate to, boolean splitPurchasesToo, Visibility traces) {
		return jdbc.sql("""
				SELECT g.group_id, g.kind, g.category, g.first_day, g.last_day, g.licences,
				       CASE WHEN :all OR EXISTS (SELECT 1 FROM network_gun n
				                                 WHERE n.purchaser_id = g.purchaser_id AND n.agency = ANY(:full))
				            THEN g.purchaser_id END AS purchaser_id,
				       (SELECT jsonb_agg(jsonb_build_object('eventId', e.event_id, 'saleDate', e.event_date, 'licence', e.from_licence,
				               'serialNumber', e.serial_number, 'manufacturer', e.manufacturer, 'model', e.model,
				               'firearmType', e.firearm_type, 'caliber', e.caliber) ORDER BY e.event_date, e.event_id)
				        FROM custody_event e WHERE e.event_id = ANY(g.event_ids))::text AS sales
				FROM intel_sale_group g
				WHERE g.first_day BETWEEN :from AND :to AND (:split OR g.kind = 'MULTIPLE_SALE')
				ORDER BY g.first_day, g.group_id
				""").param("from", from).param("to", to).param("split", splitPurchasesToo)
			.param("all", traces.everything()).param("full", traces.fullAgencies())
			.query((rs, n) -> new MultipleSaleReport(rs.getLong("group_id"), rs.getString("kind"), rs.getString("category"),
					rs.getString("purchaser_id"), rs.getObject("first_day", LocalDate.class),
					rs.getObject("last_day", LocalDate.class), List.of((String[]) rs.getArray("licences").getArray()),
					rs.getString("sales")))
			.list();
	}
}
