package org.irontrace.intel;

import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Leads with the analysts' work. A recomputed lead keeps its id, owner, status and outcome. Reads
 * apply the caller's visibility in SQL: a lead only when every contributing agency's records are
 * visible to it, names only when every one's personal data is (and never, but to the operators, on a
 * lead that rests on no agency's recovery: the ledger's purchasers are seen only through traces). The
 * person keys of a lead (a PERSON lead's subject, its people's ids) are withheld with the names: a
 * key is a handle on the person, followed through the graph and the other leads.
 */
@Repository
class LeadStore {

	/**
	 * The leads the caller may see, their evidence read only when {@code :withEvidence} (one lead's
	 * page); a ring lead whose ring rests on a record another installation no longer grants (the
	 * revocation heard here) is shown to nobody until the refresh retires it.
	 */
	private static final String SELECT = """
			SELECT lead_id, lead_type, CASE WHEN named OR lead_type <> 'PERSON' THEN subject END AS subject, score, summary,
			       indicators, licences, contributing_agencies, owner, status, outcome, computed_at, updated_at,
			       CASE WHEN :withEvidence THEN evidence::text END AS evidence,
			       summary_wording::text AS summary_wording,
			       CASE WHEN named THEN (SELECT jsonb_agg(p || jsonb_build_object('dob', n.dob::text) ORDER BY i)
			                             FROM jsonb_array_elements(people) WITH ORDINALITY e(p, i)
			                             LEFT JOIN network_person n ON n.person_id = p ->> 'personId')
			            ELSE (SELECT jsonb_agg(jsonb_build_object('personId', NULL)) FROM jsonb_array_elements(people) p)
			       END::text AS people
			FROM (SELECT *, :all OR (cardinality(contributing_agencies) > 0 AND contributing_agencies <@ CAST(:full AS text[])) AS named
			      FROM lead WHERE active AND (:all OR contributing_agencies <@ CAST(:records AS text[]))
			        AND NOT (lead_type = 'RING' AND network_rests_on_withdrawn_records(
			                     (SELECT r.guns FROM network_ring r WHERE r.ring_id = lead.subject)))) visible
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	LeadStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/** Once a full refresh has committed, outside any transaction: see {@code Network.vacuumRebuilt}. */
	void vacuumRebuilt() {
		if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			jdbc.sql("VACUUM lead, intel_sale_group, intel_dealer_ledger").update();
		}
	}

	/**
	 * Within the caller's transaction, plans each statement for the people it is given. A pass's
	 * statements are the full refresh's with ":only" given (null there); after five runs on one
	 * connection PostgreSQL may plan them once for any value, and a plan that must serve null reads every
	 * crime gun: a pass's person cases took 871 ms where the pass before took 46 ms for half the people
	 * (BENCHMARKS.md, "Passes taken a part at a time"). The graph's pass does the same ({@code Network}).
	 */
	void planForThePeopleGiven() {
		jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
	}

	/**
	 * Makes {@code drafts} (all of {@code type}) the active leads of these subjects ({@code null}: of
	 * every subject of the type): the drafts saved, and the active leads of the other subjects retired.
	 * Saved first and retired after, so that a lead computed again to what it already says is not
	 * written at all: a pass after one trace used to retire and write again every lead of the dealers
	 * of a state and of the members of a ring, each a new row version and new index entries, and
	 * most of them came out the same (BENCHMARKS.md, "Pending lists of the rings' and leads' indexes",
	 * 2026-12-07). Within the caller's transaction, as when they were retired first.
	 */
	void replace(LeadType type, java.util.Collection<String> subjects, List<LeadDraft> drafts) {
		save(drafts);
		retireOthers(type, subjects, drafts, null);
	}

	/**
	 * {@link #replace} for the person leads of crime-gun buyers: the person leads of these people
	 * ({@code null}: of everyone) who bought a crime gun become {@code drafts}. The person leads of
	 * people who bought none (associates of buyers, buyers at a straw purchaser's address) are left to
	 * {@link #replaceOfNonBuyers}: retired here and written back there, each was written again by
	 * every full refresh.
	 */
	void replaceOfBuyers(java.util.Collection<String> people, List<LeadDraft> drafts) {
		save(drafts);
		retireOthers(LeadType.PERSON, people, drafts, true);
	}

	/** {@link #replace} for the person leads of people who bought no crime gun. */
	void replaceOfNonBuyers(java.util.Collection<String> people, List<LeadDraft> drafts) {
		save(drafts);
		retireOthers(LeadType.PERSON, people, drafts, false);
	}

	/**
	 * Retires the active leads of a type of these subjects ({@code null}: of every subject) but the
	 * drafts': of crime-gun buyers only ({@code buyers} true), of the others only (false), or of all
	 * (null). The subjects kept go as a set (a hash), not a list each row is compared with: a full
	 * refresh keeps tens of thousands.
	 */
	private void retireOthers(LeadType type, java.util.Collection<String> subjects, List<LeadDraft> drafts, Boolean buyers) {
		if (subjects != null && subjects.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE lead SET active = false WHERE lead_type = :type AND active
				    AND (CAST(:subjects AS text[]) IS NULL OR subject = ANY(:subjects))
				    AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:kept AS text[])) k(subject) WHERE k.subject = lead.subject)
				    AND (CAST(:buyers AS boolean) IS NULL
				         OR :buyers = EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = lead.subject))
				""")
			.param("type", type.name())
			.param("subjects", subjects == null ? null : subjects.toArray(String[]::new), java.sql.Types.ARRAY)
			.param("kept", drafts.stream().map(LeadDraft::subject).toArray(String[]::new))
			.param("buyers", buyers, java.sql.Types.BOOLEAN)
			.update();
	}

	/** Retires the leads of rings that a new link merged into another or split apart. */
	void retireGoneRings() {
		jdbc.sql("""
				UPDATE lead SET active = false WHERE lead_type = 'RING' AND active
				    AND NOT EXISTS (SELECT 1 FROM network_ring r WHERE r.ring_id = lead.subject)
				""").update();
	}

	/** Fresh planner statistics after a full recomputation, so the incremental refreshes that follow plan well. */
	void analyse() {
		jdbc.sql("ANALYZE lead, intel_sale_group, intel_dealer_ledger").update();
	}

	/**
	 * Saves leads: a lead whose every computed part is what it already says, and active, is left as
	 * it is ({@code computed_at} then says when it last came out different).
	 */
	private void save(List<LeadDraft> drafts) {
		template.batchUpdate("""
				INSERT INTO lead (lead_type, subject, score, summary, indicators, evidence, people, licences, contributing_agencies,
				                  summary_wording)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb)
				ON CONFLICT (lead_type, subject) DO UPDATE SET score = excluded.score, summary = excluded.summary,
				    summary_wording = excluded.summary_wording,
				    indicators = excluded.indicators, evidence = excluded.evidence, people = excluded.people,
				    licences = excluded.licences, contributing_agencies = excluded.contributing_agencies, active = true,
				    computed_at = now(),
				    previous_score = CASE WHEN abs(lead.score - excluded.score) > 1e-9 THEN lead.score ELSE lead.previous_score END,
				    score_changed_at = CASE WHEN abs(lead.score - excluded.score) > 1e-9 THEN now() ELSE lead.score_changed_at END
				WHERE NOT (lead.active AND lead.score = excluded.score AND lead.summary IS NOT DISTINCT FROM excluded.summary
				           AND lead.summary_wording IS NOT DISTINCT FROM excluded.summary_wording
				           AND lead.indicators IS NOT DISTINCT FROM excluded.indicators
				           AND lead.evidence IS NOT DISTINCT FROM excluded.evidence AND lead.people IS NOT DISTINCT FROM excluded.people
				           AND lead.licences IS NOT DISTINCT FROM excluded.licences
				           AND lead.contributing_agencies IS NOT DISTINCT FROM excluded.contributing_agencies)
				""", drafts, 1000, (ps, lead) -> {
			ps.setString(1, lead.type().name());
			ps.setString(2, lead.subject());
			ps.setDouble(3, lead.score());
			ps.setString(4, lead.summary());
			ps.setArray(5, ps.getConnection().createArrayOf("text", lead.indicators().toArray()));
			ps.setString(6, json.writeValueAsString(lead.evidence()));
			ps.setString(7, lead.people() == null ? null : json.writeValueAsString(withoutBirthDates(lead.people())));
			ps.setArray(8, ps.getConnection().createArrayOf("text", lead.licences().toArray()));
			ps.setArray(9, ps.getConnection().createArrayOf("text", lead.contributingAgencies().toArray()));
			ps.setString(10, lead.summaryWording() == null ? null : json.writeValueAsString(lead.summaryWording()));
		});
	}

	/**
	 * A lead's people as stored: names and keys, but no birth date, which would be a clear copy of a
	 * sealed one; reads take it from the graph's people, where it is sealed (migration V76).
	 */
	private static List<LeadPerson> withoutBirthDates(List<LeadPerson> people) {
		return people.stream().map(p -> new LeadPerson(p.personId(), p.firstName(), p.lastName(), null, p.links(), p.receiver(),
				p.beside())).toList();
	}

	List<Lead> list(LeadType type, int limit, Visibility visibility) {
		return visible(SELECT + " WHERE lead_type = :type ORDER BY score DESC, lead_id LIMIT :limit", visibility)
			.param("withEvidence", false).param("type", type.name()).param("limit", limit).query((rs, n) -> read(rs)).list();
	}

	Optional<Lead> find(long id, Visibility visibility) {
		return visible(SELECT + " WHERE lead_id = :id", visibility).param("withEvidence", true).param("id", id)
			.query((rs, n) -> read(rs)).optional();
	}

	boolean update(long id, LeadUpdate update) {
		return jdbc.sql("""
				UPDATE lead SET status = COALESCE(:status, status), outcome = COALESCE(:outcome, outcome),
				       owner = COALESCE(:owner, owner), updated_at = now() WHERE lead_id = :id
				""").param("status", update.status()).param("outcome", update.outcome()).param("owner", update.owner())
			.param("id", id).update() == 1;
	}

	private JdbcClient.StatementSpec visible(String sql, Visibility visibility) {
		return jdbc.sql(sql).param("all", visibility.everything()).param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}

	private Lead read(java.sql.ResultSet rs) throws java.sql.SQLException {
		LeadType type = LeadType.valueOf(rs.getString("lead_type"));
		String people = rs.getString("people");
		List<LeadPerson> named = people == null ? null : json.readValue(people, new TypeReference<List<LeadPerson>>() {
		});
		String evidence = rs.getString("evidence");
		List<String> licences = List.of((String[]) rs.getArray("licences").getArray());
		return new Lead(rs.getLong("lead_id"), type, rs.getString("subject"), rs.getDouble("score"), rs.getString("summary"),
				List.of((String[]) rs.getArray("indicators").getArray()), type == LeadType.PERSON ? named : null,
				type == LeadType.DEALER ? rs.getString("subject") : null, type == LeadType.DEALER ? null : licences,
				type == LeadType.RING ? named : null,
				evidence == null ? null : json.readValue(evidence, new TypeReference<List<Evidence>>() {
				}), List.of((String[]) rs.getArray("contributing_agencies").getArray()), rs.getString("owner"),
				rs.getString("status"), rs.getString("outcome"), rs.getTimestamp("computed_at").toInstant(),
				rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant(),
				rs.getString("summary_wording") == null ? null
						: json.readValue(rs.getString("summary_wording"), org.irontrace.platform.Wording.class));
	}

	/** Forgets the leads that rest on these agencies' records only, the analysts' work on them included. */
	int forgetLeadsOf(String[] agencies) {
		return jdbc.sql("DELETE FROM lead WHERE contributing_agencies <@ ?::text[]").param(agencies).update();
	}
}
