package org.irontrace.intel.worlds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the leads an installation shows score against an {@link IndependentWorld}'s truth: the figures
 * an analyst would judge the leads by. People are matched to the truth by the name and birth date on
 * the sale forms. A ring is found when one ring lead holds a majority of a real ring's members and is
 * no more than twice the real ring's size. The ring lead is judged three ways: by its members, the
 * people who buy for it, with the receivers it supplies listed apart (what the issue asks, and what
 * an analyst reads as the ring); by the crime-gun buyers it holds only (the figure reported until
 * receivers were set apart: a ring most of whose members never had a gun recovered cannot be found
 * this way); and by everyone it lists, receivers too.
 */
public record WorldScore(double precisionAt50, double recallAt100, int corruptInTop10, int corruptDealers, int ringsFound,
		int ringsJudged, int ringsHeldWhole, double medianSizeRatio, int ringsReachable, int ringsFoundByMembers,
		int ringsFoundByBuyers, int ringsFoundByCrew) {

	/** Rings with at least this many recovered guns are judged (fewer leave too little to find). */
	static final int RECOVERED_GUNS = 3;

	public static WorldScore of(JdbcClient jdbc, IndependentWorld.Truth truth, String tag) {
		Map<String, String> keyOf = keysOf(jdbc, tag);
		List<String> people = jdbc.sql("""
				SELECT l.subject FROM lead l JOIN network_person p ON p.person_id = l.subject
				WHERE l.active AND l.lead_type = 'PERSON' AND p.last_name LIKE ? ORDER BY l.score DESC, l.subject LIMIT 100
				""").param("%" + tag)
			.query(String.class)
			.list()
			.stream()
			.map(id -> keyOf.getOrDefault(id, id))
			.toList();
		long straw50 = people.stream().limit(50).filter(truth.strawPurchasers()::contains).count();
		long found100 = people.stream().filter(truth.recoveredStrawPurchasers()::contains).distinct().count();
		List<String> dealers = jdbc.sql("""
				SELECT subject FROM lead WHERE active AND lead_type = 'DEALER' AND subject LIKE ? ORDER BY score DESC, subject LIMIT 10
				""").param("L-" + tag + "-%")
			.query(String.class)
			.list();
		int corrupt = (int) dealers.stream().filter(truth.corruptDealers()::contains).count();
		List<Set<String>> detected = rings(jdbc, keyOf, "purchasers");
		// Judged again by the people each ring lead lists (its receivers and buyers with no recovered gun too).
		List<Set<String>> listed = rings(jdbc, keyOf, "members");
		// Judged by the ring lead's members, its receivers listed apart.
		List<Set<String>> buyers = rings(jdbc, keyOf, "buyers");
		// Judged by its crew: the people seen beside it listed apart too.
		List<Set<String>> crew = rings(jdbc, keyOf, "crew");
		int judged = 0;
		int found = 0;
		int reachable = 0;
		int whole = 0;
		List<Double> ratios = new ArrayList<>();
		for (int r = 0; r < truth.rings().size(); r++) {
			if (truth.ringRecoveries().get(r) < RECOVERED_GUNS) {
				continue;
			}
			judged++;
			Set<String> real = truth.rings().get(r);
			// A ring's buyers are known by their crime guns: only a ring most of whose members bought one can be found.
			if (real.stream().filter(truth.recoveredStrawPurchasers()::contains).count() * 2 > real.size()) {
				reachable++;
			}
			Set<String> best = bestRing(detected, real);
			long held = best.stream().filter(real::contains).count();
			if (held * 2 > real.size()) {
				ratios.add((double) best.size() / real.size());
				if (found(best, real)) {
					found++;
				}
				if (held == real.size()) {
					whole++;
				}
			}
		}
		int foundByMembers = 0;
		int foundByBuyers = 0;
		int foundByCrew = 0;
		for (int r = 0; r < truth.rings().size(); r++) {
			Set<String> real = truth.rings().get(r);
			if (truth.ringRecoveries().get(r) >= RECOVERED_GUNS) {
				foundByMembers += listed.stream().anyMatch(ring -> found(ring, real)) ? 1 : 0;
				foundByBuyers += buyers.stream().anyMatch(ring -> found(ring, real)) ? 1 : 0;
				foundByCrew += crew.stream().anyMatch(ring -> found(ring, real)) ? 1 : 0;
			}
		}
		ratios.sort(null);
		return new WorldScore(straw50 / 50.0, (double) found100 / Math.max(1, truth.recoveredStrawPurchasers().size()), corrupt,
				truth.corruptDealers().size(), found, judged, whole, ratios.isEmpty() ? 0 : ratios.get(ratios.size() / 2), reachable,
				foundByMembers, foundByBuyers, foundByCrew);
	}

	/** Each person of the world's graph by id, to the truth's key: name and birth date as on the sale forms. */
	static Map<String, String> keysOf(JdbcClient jdbc, String tag) {
		Map<String, String> keyOf = new HashMap<>();
		jdbc.sql("SELECT person_id, first_name || ' ' || last_name || ' ' || dob FROM network_person WHERE last_name LIKE ?")
			.param("%" + tag)
			.query((rs, n) -> keyOf.put(rs.getString(1), rs.getString(2)))
			.list();
		return keyOf;
	}

	/** The detected ring that holds most of a real ring's members. */
	static Set<String> bestRing(List<Set<String>> detected, Set<String> real) {
		return detected.stream()
			.max(java.util.Comparator.comparingLong(ring -> ring.stream().filter(real::contains).count()))
			.orElse(Set.of());
	}

	/** Found: the best ring holds a majority of the real ring's members and no more than twice as many people as it has. */
	static boolean found(Set<String> best, Set<String> real) {
		return best.stream().filter(real::contains).count() * 2 > real.size() && best.size() <= 2 * real.size();
	}

	/**
	 * The detected rings by the people given: the purchasers of their crime guns, every member listed,
	 * the members who buy for the ring (everyone but its receivers), or its crew (everyone but its
	 * receivers and the people seen beside it).
	 */
	static List<Set<String>> rings(JdbcClient jdbc, Map<String, String> keyOf, String column) {
		List<Set<String>> detected = new ArrayList<>();
		String sql = switch (column) {
			case "members" -> "SELECT members FROM network_ring WHERE purchasers && CAST(? AS text[])";
			case "crew" -> "SELECT ARRAY(SELECT unnest(members) EXCEPT SELECT unnest(receivers) EXCEPT SELECT unnest(beside)) FROM network_ring"
					+ " WHERE purchasers && CAST(? AS text[])";
			case "buyers" -> "SELECT ARRAY(SELECT unnest(members) EXCEPT SELECT unnest(receivers)) FROM network_ring"
					+ " WHERE purchasers && CAST(? AS text[])";
			default -> "SELECT purchasers FROM network_ring WHERE purchasers && CAST(? AS text[])";
		};
		jdbc.sql(sql).param(keyOf.keySet().toArray(String[]::new)).query((rs, n) -> {
			Set<String> ring = new HashSet<>();
			for (Object id : (Object[]) rs.getArray(1).getArray()) {
				// A receiver is named without a birth date: no key of the truth, kept by their id.
				String key = keyOf.get((String) id);
				ring.add(key != null ? key : (String) id);
			}
			return detected.add(ring);
		}).list();
		return detected;
	}

	@Override
	public String toString() {
		return String.format("person precision@50 %.2f, recall@100 %.2f, corrupt dealers in the top 10: %d of %d, "
				+ "rings found by the ring lead's crew (its receivers and the people seen beside it apart) %d of %d; by its members"
				+ " (receivers apart) %d; by its crime-gun buyers %d (held whole %d;"
				+ " median size of the ring found / real %.1f; %d of them reachable: most members bought a recovered gun); by"
				+ " everyone it lists, receivers too, %d", precisionAt50, recallAt100, corruptInTop10, corruptDealers,
				ringsFoundByCrew, ringsJudged, ringsFoundByBuyers, ringsFound, ringsHeldWhole, medianSizeRatio, ringsReachable, ringsFoundByMembers);
	}
}
