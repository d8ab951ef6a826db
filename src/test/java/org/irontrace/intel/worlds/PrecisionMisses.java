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
