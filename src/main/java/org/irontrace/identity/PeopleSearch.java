package org.irontrace.identity;

import java.util.List;

import org.irontrace.platform.Accents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Resolved people by name, for the installation's operators (people are resolved across every
 * agency's records). Names are compared folded, accents and near spellings forgiven, on the sale
 * forms' purchasers and the recoveries' possessors; each person is found once, with how many of its
 * records answer. The possessors' side runs on the trigram index of V35; the purchasers' side reads
 * the ledger's sales.
 */
@Service
public class PeopleSearch {

	private static final String MATCHES = """
			WITH named AS (
			    SELECT 'event:' || event_id AS record_id, purchaser_first_name AS first_name, purchaser_last_name AS last_name,
			           irontrace_fold(coalesce(purchaser_first_name, '') || ' ' || coalesce(purchaser_last_name, '')) AS folded
			    FROM custody_event WHERE event_type IN ('SOLD', 'ACQUIRED')
			      AND :words <% irontrace_fold(coalesce(purchaser_first_name, '') || ' ' || coalesce(purchaser_last_name, ''))
			    UNION ALL
			    SELECT 'recovery:' || agency || '/' || recovery_id, possessor_first_name, possessor_last_name,
			           irontrace_fold(coalesce(possessor_first_name, '') || ' ' || coalesce(possessor_last_name, ''))
			    FROM recovery
			    WHERE :words <% irontrace_fold(coalesce(possessor_first_name, '') || ' ' || coalesce(possessor_last_name, ''))
			)
			SELECT a.person_id, min(n.first_name) AS first_name, min(n.last_name) AS last_name, count(*) AS records,
			       max(word_similarity(:words, n.folded)) AS closeness
			FROM named n JOIN person_assignment a ON a.record_id = n.record_id
			GROUP BY a.person_id ORDER BY closeness DESC, a.person_id OFFSET :offset LIMIT :limit
			""";

	private final JdbcClient jdbc;

	PeopleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the people with a record whose name is near the words, the closest first. */
	public List<PersonFound> listPeopleNamed(String words, int offset, int limit) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		String folded = Accents.fold(words);
		return jdbc.sql(MATCHES).param("words", folded).param("offset", offset).param("limit", limit)
			.query((rs, n) -> new PersonFound(rs.getString("person_id"), rs.getString("first_name"), rs.getString("last_name"),
					rs.getInt("records")))
			.list();
	}

	/** A person found by name, with one of the names on its records and how many records answered. */
	public record PersonFound(String personId, String firstName, String lastName, int records) {
	}
}
