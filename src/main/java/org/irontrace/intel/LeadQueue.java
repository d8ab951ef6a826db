package org.irontrace.intel;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The leads an analyst works through, best first, narrowed by type and by where the work on them
 * stands, a page at a time. The same visibility as every read of leads, in the query: a lead only
 * when the caller sees the records of every agency it rests on. Entries carry no names, so listing
 * reads no personal data.
 */
@Service
public class LeadQueue {

	private static final String VISIBLE = " FROM lead WHERE active AND (:all OR contributing_agencies <@ CAST(:records AS text[]))";

	private final JdbcClient jdbc;

	LeadQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of leads, best first; {@code type} and {@code status} null for any. */
	public List<Entry> listLeads(LeadType type, String status, Visibility visibility, int offset, int limit) {
		return listed(visible("SELECT lead_id, lead_type, subject, score, indicators, owner, status, outcome" + VISIBLE
				+ " AND (CAST(:type AS text) IS NULL OR lead_type = :type) AND (CAST(:status AS text) IS NULL OR status = :status)"
				+ " ORDER BY score DESC, lead_id OFFSET :offset LIMIT :limit", visibility)
			.param("type", type == null ? null : type.name())
			.param("status", status)
			.param("offset", offset)
			.param("limit", limit));
	}

	private static List<Entry> listed(JdbcClient.StatementSpec query) {
		return query.query((rs, n) -> new Entry(rs.getLong("lead_id"), LeadType.valueOf(rs.getString("lead_type")),
				rs.getString("subject"), rs.getDouble("score"), List.of((String[]) rs.getArray("indicators").getArray()),
				rs.getString("owner"), rs.getString("status"), rs.getString("outcome")))
			.list();
	}

	/** The id of the lead raised about a dealer (its licence), a ring (its id) or a person (its id), if the caller sees it. */
	public Optional<Long> findLeadAbout(LeadType type, String subject, Visibility visibility) {
		return visible("SELECT lead_id" + VISIBLE + " AND lead_type = :type AND subject = :subject", visibility)
			.param("type", type.name())
			.param("subject", subject)
			.query(Long.class)
			.optional();
	}

	/**
	 * The leads raised since a moment and those whose score rose since, best first, with how many
	 * of each there are: what an analyst coming back should look at first.
	 */
	public LeadNews newsSince(Instant since, Visibility visibility, int limit) {
		Timestamp moment = Timestamp.from(since);
		long raised = visible("SELECT count(*)" + VISIBLE + " AND first_raised_at > :since", visibility)
			.param("since", moment).query(Long.class).single();
		long rising = visible("SELECT count(*)" + VISIBLE + " AND " + RISEN, visibility)
			.param("since", moment).query(Long.class).single();
		return new LeadNews(raised, page("first_raised_at > :since", moment, visibility, limit), rising,
				page(RISEN, moment, visibility, limit));
	}

	/** Risen since the visit: the last change of score was up, and after it. */
	private static final String RISEN = "score_changed_at > :since AND score > previous_score";

	private List<Entry> page(String condition, Timestamp since, Visibility visibility, int limit) {
		return listed(visible("SELECT lead_id, lead_type, subject, score, indicators, owner, status, outcome" + VISIBLE
				+ " AND " + condition + " ORDER BY score DESC, lead_id LIMIT :limit", visibility)
			.param("since", since).param("limit", limit));
	}

	private JdbcClient.StatementSpec visible(String sql, Visibility visibility) {
		return jdbc.sql(sql).param("all", visibility.everything()).param("records", visibility.recordAgencies());
	}

	/** New leads and risen ones since a moment: how many, and the best of each. */
	public record LeadNews(long raised, List<Entry> raisedBest, long risen, List<Entry> risenBest) {
	}

	/** A lead as a line of the queue: what it is about, how strong, the indicators that fired, the work on it. */
	public record Entry(long id, LeadType type, String subject, double score, List<String> indicators, String owner,
			String status, String outcome) {
	}
}
