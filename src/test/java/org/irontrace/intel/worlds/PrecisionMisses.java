package org.irontrace.intel.worlds;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who the top 50 person leads are against the truth: each lead's rank, score, whether the person
 * bought for traffickers, and the summary and indicators that put them there. Read while building the
 * person rules; prints, asserts nothing.
 */
public final class PrecisionMisses {

	private PrecisionMisses() {
	}

	public static void print(JdbcClient jdbc, IndependentWorld.Truth truth, String tag) {
		Map<String, String> keyOf = WorldScore.keysOf(jdbc, tag);
		int[] rank = { 0 };
		jdbc.sql("""
				SELECT l.subject, l.score, l.summary, array_to_string(l.indicators, ' '), l.evidence::text
				FROM lead l JOIN network_person p ON p.person_id = l.subject
				WHERE l.active AND l.lead_type = 'PERSON' AND p.last_name LIKE ? ORDER BY l.score DESC, l.subject LIMIT 60
				""").param("%" + tag).query((rs, n) -> {
			String key = keyOf.getOrDefault(rs.getString(1), rs.getString(1));
			String who = truth.strawPurchasers().contains(key) ? "STRAW " : "lawful";
			System.out.printf("  %2d %s %.3f %s | %s | %s%n      %s%n", ++rank[0], who, rs.getDouble(2), key, rs.getString(3),
					rs.getString(4), rs.getString(5));
			return null;
		}).list();
	}
}
