package org.irontrace.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irontrace.identity.matching.MatchModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Assignments of records to people, analysts' judgements and the learnt models. */
@Repository
class PeopleStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	PeopleStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	Map<String, String> assignments() {
		Map<String, String> assigned = new HashMap<>();
		jdbc.sql("SELECT record_id, person_id FROM person_assignment")
			.query(rs -> {
				assigned.put(rs.getString(1), rs.getString(2));
			});
		return assigned;
	}

	void assign(List<String[]> recordAndPerson) {
		template.batchUpdate("""
				INSERT INTO person_assignment (record_id, person_id) VALUES (?, ?)
				ON CONFLICT (record_id) DO UPDATE SET person_id = excluded.person_id, assigned_at = now()
				""", recordAndPerson, 5000, (ps, pair) -> {
			ps.setString(1, pair[0]);
			ps.setString(2, pair[1]);
		});
	}

	/** Forgets the people of these records, so the next resolution places all their records again. */
	void unassignPeopleOf(List<String> recordIds) {
		for (String recordId : recordIds) {
			jdbc.sql("DELETE FROM person_assignment WHERE person_id = (SELECT person_id FROM person_assignment WHERE record_id = ?)")
				.param(recordId)
				.update();
		}
	}

	void unassignAll() {
		jdbc.sql("DELETE FROM person_assignment").update();
	}

	String newPersonId() {
		return "P" + jdbc.sql("SELECT nextval('person_number')").query(Long.class).single();
	}

	Optional<String> findPersonOf(String recordId) {
		return jdbc.sql("SELECT person_id FROM person_assignment WHERE record_id = ?").param(recordId)
			.query(String.class).optional();
	}

	List<String> listRecordsOf(String personId) {
		return jdbc.sql("SELECT record_id FROM person_assignment WHERE person_id = ? ORDER BY record_id").param(personId)
			.query(String.class).list();
	}

	List<Judgement> listJudgements() {
		return jdbc.sql("SELECT record_a, record_b, same, note, judged_at FROM person_judgement")
			.query((rs, n) -> new Judgement(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	Optional<Judgement> findJudgement(String recordA, String recordB) {
		return listJudgements().stream()
			.filter(j -> j.recordA().equals(recordA) && j.recordB().equals(recordB))
			.findFirst();
	}

	/** Keeps the judgement; a later judgement on the same pair replaces it. */
	void saveJudgement(Judgement judgement) {
		jdbc.sql("""
				INSERT INTO person_judgement (record_a, record_b, same, note, judged_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (record_a, record_b) DO UPDATE SET same = excluded.same, note = excluded.note,
				    judged_at = excluded.judged_at
				""")
			.params(judgement.recordA(), judgement.recordB(), judgement.same(), judgement.note(),
					java.sql.Timestamp.from(judgement.judgedAt()))
			.update();
	}

	Optional<StoredModel> findLatestModel() {
		return jdbc.sql("SELECT threshold, model::text FROM person_model ORDER BY model_id DESC LIMIT 1")
			.query((rs, n) -> new StoredModel(rs.getDouble(1), json.readValue(rs.getString(2), MatchModel.class)))
			.optional();
	}

	void saveModel(StoredModel model) {
		jdbc.sql("INSERT INTO person_model (threshold, model) VALUES (?, ?::jsonb)")
			.params(model.threshold(), json.writeValueAsString(model.model()))
			.update();
	}

	/** A learnt model and the threshold chosen with it. */
	record StoredModel(double threshold, MatchModel model) {
	}

	/** No record is left to resolve: no person, judgement or model either. */
	void forgetEveryone() {
		jdbc.sql("DELETE FROM person_assignment").update();
		jdbc.sql("DELETE FROM person_judgement").update();
		jdbc.sql("DELETE FROM person_model").update();
	}
}
