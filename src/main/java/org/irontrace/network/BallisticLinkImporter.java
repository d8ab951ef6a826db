package org.irontrace.network;

import java.util.List;
import java.util.Set;

import org.irontrace.access.Role;
import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.StagedRow;
import org.springframework.stereotype.Component;

/**
 * {@code ballistic_links.csv}: hits confirmed by an agency's ballistic examiner. A link id already
 * known for the agency is a no-op. A recovery named by a link need not exist yet: the link waits for
 * it and joins the graph when the recovery is traced.
 */
@Component
class BallisticLinkImporter implements CsvImporter {

	static final Set<String> CONFIDENCES = Set.of("CONFIRMED", "PROBABLE");

	private static final String STORED = "agency, link_id, a_kind, a_agency, a_id, b_kind, b_agency, b_id, link_date,"
			+ " confidence, source_line";

	@Override
	public String kind() {
		return "ballistic-links";
	}

	@Override
	public Set<Role> senders() {
		return Set.of(Role.ADMIN, Role.ANALYST, Role.SUPERVISOR, Role.INVESTIGATOR);
	}

	@Override
	public List<String> columns() {
		return List.of("link_id", "agency", "item_a", "item_b", "link_date", "confidence");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("link_id", "agency", "item_a", "item_b", "link_date");
	}

	@Override
	public String stagingTable() {
		return "staged_ballistic_link";
	}

	@Override
	public String stagingColumns() {
		return "agency text, link_id text, a_kind text, a_agency text, a_id text, b_kind text, b_agency text, b_id text,"
				+ " link_date date, confidence text, source_line bigint";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		String agency = row.required("agency");
		if (agency != null && !row.submitter().mayReportFor(agency)) {
			row.reject("agency", Refusal.ANOTHER_AGENCY, row.submitter().agency(), agency);
		}
		out.add(agency).add(row.required("link_id"));
		BallisticItem a = item(row, "item_a");
		BallisticItem b = item(row, "item_b");
		if (a != null && a.equals(b)) {
			row.reject("item_b", Refusal.ITEM_LINKED_TO_ITSELF, row.text("item_b"));
		}
		add(out, a);
		add(out, b);
		out.add(row.date("link_date", true))
			.add(row.code("confidence", CONFIDENCES, "CONFIRMED"))
			.add(String.valueOf(row.line()));
	}

	private static BallisticItem item(CsvRow row, String column) {
		String written = row.required(column);
		BallisticItem item = BallisticItem.parse(written);
		if (written != null && item == null) {
			row.reject(column, Refusal.NOT_AN_ITEM, written);
		}
		return item;
	}

	private static void add(StagedRow out, BallisticItem item) {
		out.add(item == null ? null : item.kind()).add(item == null ? null : item.agency()).add(item == null ? null : item.id());
	}

	/**
	 * The traced recoveries whose people these hits may link, waiting for the refresh that follows
	 * the import ({@link Network#listRecoveriesAwaitingBallistics}): the recovery ends of each hit and
	 * the guns tied to a scene it names.
	 */
	@Override
	public List<String> followUpSql() {
		return List.of("""
				INSERT INTO network_ballistic_pending (agency, recovery_id)
				SELECT g.agency, g.recovery_id FROM (
				    SELECT a_agency AS agency, a_id AS id FROM staged_ballistic_link WHERE a_kind = 'recovery'
				    UNION SELECT b_agency, b_id FROM staged_ballistic_link WHERE b_kind = 'recovery'
				    UNION SELECT e.other_agency, e.other_id FROM staged_ballistic_link s JOIN ballistic_end e
				          ON e.item_agency = s.a_agency AND e.item_id = s.a_id AND e.item_kind = 'case' AND e.other_kind = 'recovery'
				          WHERE s.a_kind = 'case'
				    UNION SELECT e.other_agency, e.other_id FROM staged_ballistic_link s JOIN ballistic_end e
				          ON e.item_agency = s.b_agency AND e.item_id = s.b_id AND e.item_kind = 'case' AND e.other_kind = 'recovery'
				          WHERE s.b_kind = 'case'
				) r JOIN network_gun g ON g.agency = r.agency AND g.recovery_id = r.id
				ORDER BY 1, 2
				ON CONFLICT DO NOTHING
				""");
	}

	@Override
	public String mergeSql() {
		// The first row of a link id in the batch counts; later ones, like re-sent ones, are duplicates.
		return "INSERT INTO ballistic_link (" + STORED + ") SELECT DISTINCT ON (agency, link_id) " + STORED
				+ " FROM staged_ballistic_link ORDER BY agency, link_id, source_line ON CONFLICT (agency, link_id) DO NOTHING";
	}
}
