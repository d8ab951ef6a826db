package org.irontrace.intel.worlds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Why a judged ring was not found: for each member, the detected ring it sits in and every link it
 * has, with whom (a member of the same ring, of another ring, or someone else) and how strong. Read
 * while building the ring rules; prints, asserts nothing.
 */
public final class RingMisses {

	private RingMisses() {
	}

	public static void print(JdbcClient jdbc, IndependentWorld.Truth truth, String tag) {
		Map<String, String> keyOf = WorldScore.keysOf(jdbc, tag);
		Map<String, Integer> realRingOf = new HashMap<>();
		for (int r = 0; r < truth.rings().size(); r++) {
			for (String member : truth.rings().get(r)) {
				realRingOf.put(member, r);
			}
		}
		Map<String, String[]> ringOf = new HashMap<>();
		jdbc.sql("SELECT ring_id, members, purchasers FROM network_ring").query((rs, n) -> {
			String[] members = (String[]) rs.getArray(2).getArray();
			String[] purchasers = (String[]) rs.getArray(3).getArray();
			for (String m : members) {
				ringOf.put(m, new String[] { rs.getString(1), members.length + "/" + purchasers.length });
			}
			return null;
		}).list();
		// The rings as their leads list them, and everyone's name, read once for every judged ring.
		List<Set<String>> listed = WorldScore.rings(jdbc, keyOf, "members");
		List<Set<String>> buyers = WorldScore.rings(jdbc, keyOf, "buyers");
		Map<String, String> namesOf = new HashMap<>();
		jdbc.sql("SELECT person_id, first_name || ' ' || last_name || ' ' || COALESCE(CAST(dob AS text), '-') FROM network_person")
			.query((rs, n) -> namesOf.put(rs.getString(1), rs.getString(2)))
			.list();
		Map<String, String> idOf = new HashMap<>();
		keyOf.forEach((id, key) -> idOf.put(key, id));
		for (int r = 0; r < truth.rings().size(); r++) {
			if (truth.ringRecoveries().get(r) < WorldScore.RECOVERED_GUNS) {
				continue;
			}
			Set<String> real = truth.rings().get(r);
			int judged = r;
			System.out.printf("ring %d: %d members, %d guns recovered; %s; %s%n", r, real.size(), truth.ringRecoveries().get(r),
					verdict(jdbc, keyOf, real), listedVerdict(listed, buyers, keyOf, realRingOf, real, r, namesOf));
			for (String member : real) {
				String id = idOf.get(member);
				String[] ring = id == null ? null : ringOf.get(id);
				System.out.printf("  %s (%s) in ring %s%n", member, id, ring == null ? "-" : ring[0] + " " + ring[1]);
				if (id == null) {
					continue;
				}
				List<String> links = new ArrayList<>();
				jdbc.sql("SELECT CASE WHEN a = ? THEN b ELSE a END, kind, strength FROM network_link WHERE a = ? OR b = ? ORDER BY 2")
					.params(id, id, id).query((rs, n) -> {
						String other = rs.getString(1);
						String otherKey = keyOf.get(other);
						Integer otherRing = otherKey == null ? null : realRingOf.get(otherKey);
						String[] otherDetected = ringOf.get(other);
						String who = otherRing == null ? (otherKey == null ? "receiver/other " + other : "lawful") 
								: otherRing == judged ? "SAME ring" : "ring " + otherRing;
						return links.add(String.format("%s %.2f -> %s [%s]", rs.getString(2), rs.getDouble(3), who,
								otherDetected == null ? "-" : otherDetected[0]));
					}).list();
				links.forEach(l -> System.out.println("      " + l));
			}
		}
	}

	/**
	 * Found or not when judged by the people the ring lead lists, and who else it lists: receivers and
	 * people outside the world's names, members of other rings, lawful buyers.
	 */
	private static String listedVerdict(List<Set<String>> listed, List<Set<String>> buyers, Map<String, String> keyOf,
			Map<String, Integer> realRingOf, Set<String> real, int judged, Map<String, String> namesOf) {
		Set<String> best = WorldScore.bestRing(listed, real);
		Set<String> bestBuyers = WorldScore.bestRing(buyers, real);
		int others = 0;
		List<String> othersNamed = new ArrayList<>();
		int otherRings = 0;
		int lawful = 0;
		for (String person : best) {
			Integer ring = realRingOf.get(person);
			if (ring != null && ring != judged) {
				otherRings++;
			}
			else if (ring == null && keyOf.containsValue(person)) {
				lawful++;
			}
			else if (ring == null) {
				others++;
				othersNamed.add(namesOf.getOrDefault(person, person));
			}
		}
		return "by the members, receivers apart, " + (WorldScore.found(bestBuyers, real) ? "FOUND" : "MISSED") + " ("
				+ bestBuyers.stream().filter(real::contains).count() + " of its members among " + bestBuyers.size() + "); "
				+ "by the people listed " + (WorldScore.found(best, real) ? "FOUND" : "MISSED") + " (" + best.stream()
			.filter(real::contains)
			.count() + " of its members among " + best.size() + " listed: " + others + " receivers or others, " + otherRings
				+ " of other rings, " + lawful + " lawful) " + othersNamed;
	}

	/** Found or not as {@link WorldScore} judges it: the detected ring holding most of the real members, by its crime-gun buyers. */
	private static String verdict(JdbcClient jdbc, Map<String, String> keyOf, Set<String> real) {
		Set<String> best = WorldScore.bestRing(WorldScore.rings(jdbc, keyOf, "purchasers"), real);
		return (WorldScore.found(best, real) ? "FOUND" : "MISSED") + " (best ring: " + best.stream().filter(real::contains).count()
				+ " of its members among " + best.size() + " crime-gun buyers)";
	}
}
