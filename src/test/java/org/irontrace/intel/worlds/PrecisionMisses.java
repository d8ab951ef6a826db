package org.irontrace.intel.worlds;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who the top 50 person leads are against the truth: each lead's rank, score, whether the person
 * bought for traffickers, and the summary and indicators that put them there. Read while building the
 * person rules; then the top 15 dealer leads, corrupt or not, and what put them there. Prints, asserts nothing.
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
		// People who bought no crime gun, tied to people with a person lead: by what, and to how many.
		jdbc.sql("""
				WITH led AS (SELECT subject, score FROM lead WHERE active AND lead_type = 'PERSON'),
				ties AS (
				    SELECT CASE WHEN l.a = led.subject THEN l.b ELSE l.a END AS m, l.kind, led.subject, led.score
				    FROM network_link l JOIN led ON led.subject IN (l.a, l.b))
				SELECT m, count(DISTINCT subject) FILTER (WHERE kind = 'SHARED_ADDRESS'),
				       count(DISTINCT subject) FILTER (WHERE kind = 'BOUGHT_ALONGSIDE'),
				       count(DISTINCT subject) FILTER (WHERE kind = 'SAME_DEALERS_SAME_WEEKS'),
				       count(DISTINCT subject) FILTER (WHERE kind = 'REPEAT_BUYER_SAME_COUNTER'),
				       max(score) FILTER (WHERE kind = 'SHARED_ADDRESS'), string_agg(DISTINCT kind, ' '),
				       EXISTS (SELECT 1 FROM network_ring r WHERE m = ANY(r.members) AND cardinality(r.guns) >= 3)
				FROM ties JOIN network_person p ON p.person_id = m AND p.last_name LIKE ?
				WHERE NOT EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = m)
				  AND NOT EXISTS (SELECT 1 FROM network_gun g WHERE g.possessor_id = m)
				GROUP BY m ORDER BY 2 DESC, 3 DESC, 4 DESC, m
				""").param("%" + tag).query((rs, n) -> {
			String key = keyOf.getOrDefault(rs.getString(1), rs.getString(1));
			String who = key != null && truth.strawPurchasers().contains(key) ? "STRAW " : "lawful";
			if (rs.getInt(2) + rs.getInt(3) + rs.getInt(4) > 0) {
				System.out.printf("  no crime gun %s %s: address %d (lead %.1f), alongside %d, weeks %d, repeat %d, in a ring %s | %s%n",
						who, key, rs.getInt(2), rs.getDouble(6), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(8),
						rs.getString(7));
			}
			return null;
		}).list();
		int[] dealerRank = { 0 };
		jdbc.sql("""
				SELECT subject, score, summary, array_to_string(indicators, ' ') FROM lead
				WHERE active AND lead_type = 'DEALER' AND subject LIKE ? ORDER BY score DESC, subject LIMIT 15
				""").param("L-" + tag + "-%").query((rs, n) -> {
			String who = truth.corruptDealers().contains(rs.getString(1)) ? "CORRUPT" : "lawful ";
			System.out.printf("  dealer %2d %s %.3f %s | %s | %s%n", ++dealerRank[0], who, rs.getDouble(2), rs.getString(1),
					rs.getString(3), rs.getString(4));
			return null;
		}).list();
	}
}
