package org.irontrace.intel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every active lead, every ring and every link, one line each, as an analyst would read them. */
final class LeadsAsRead {

	private LeadsAsRead() {
	}

	static List<String> snapshot(JdbcClient jdbc) {
		List<String> seen = new ArrayList<>(jdbc.sql("""
				SELECT concat_ws(' | ', lead_type, subject, round(score::numeric, 9), summary, indicators::text, evidence::text,
				                 people::text, licences::text, contributing_agencies::text)
				FROM lead WHERE active ORDER BY 1
				""").query(String.class).list());
		seen.addAll(jdbc.sql("""
				SELECT concat_ws(' | ', 'ring', ring_id, members::text, round(score::numeric, 9), purchasers::text, licences::text,
				                 guns::text, links::text, contributing_agencies::text, receivers::text, beside::text)
				FROM network_ring ORDER BY 1
				""").query(String.class).list());
		seen.addAll(jdbc.sql("SELECT concat_ws(' | ', 'link', a, b, kind, strength, detail) FROM network_link ORDER BY 1")
			.query(String.class).list());
		return seen;
	}
}
