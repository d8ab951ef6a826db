package org.irontrace.trace;

import java.sql.Timestamp;
import java.time.Instant;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What tracing brought since a moment, in the agencies a caller sees: recoveries whose current
 * trace is newer, how many of them reached a retail sale, and the tracing authority's answers
 * received. The counts an analyst coming back reads first; the lists are the trace pages.
 */
@Service
public class TracingNews {

	private final JdbcClient jdbc;

	TracingNews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public News since(Instant since, Visibility visibility) {
		Timestamp moment = Timestamp.from(since);
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM current_trace
				        WHERE (:all OR agency = ANY(:records)) AND traced_at > :since) AS traced,
				       (SELECT count(*) FROM current_trace
				        WHERE (:all OR agency = ANY(:records)) AND traced_at > :since AND status = 'COMPLETED') AS completed,
				       (SELECT count(*) FROM trace_answer_store
				        WHERE (:all OR agency = ANY(:records)) AND received_at > :since) AS answers
				""")
			.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.param("since", moment)
			.query((rs, n) -> new News(rs.getLong("traced"), rs.getLong("completed"), rs.getLong("answers")))
			.single();
	}

	/**
	 * @param traced recoveries traced (or traced again) since
	 * @param completed of those, traced to a retail sale
	 * @param answers answers of the tracing authority received since
	 */
	public record News(long traced, long completed, long answers) {

		public boolean any() {
			return traced > 0 || answers > 0;
		}
	}
}
