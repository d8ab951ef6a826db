package org.irontrace.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the leads and rings against a simulated world's ground truth. Detected people are mapped to
 * planted ones through their sale records ({@code event:<id>} in person_assignment).
 */
public final class GroundTruthCheck {

	static final Set<String> TRAFFICKING_ROLES = Set.of("STRAW_PURCHASER", "TRAFFICKER", "RECRUITER");

	final Map<String, String> roleOf = new HashMap<>();

	final Map<String, String> personOfEvent = new HashMap<>();

	public final Set<String> strawWithRecoveredGun = new HashSet<>();

	public final List<Set<String>> plantedRings = new java.util.ArrayList<>();

	public final Set<String> corruptDealers = new HashSet<>();

	/** The trafficking case each planted member, recruiter and receiver belongs to. */
	final Map<String, String> caseOf = new HashMap<>();

	private final Map<String, String> possessorOfRecovery = new HashMap<>();

	private final JdbcClient jdbc;

	public GroundTruthCheck(Path groundTruth, JdbcClient jdbc) {
		this.jdbc = jdbc;
		JsonNode truth = JsonMapper.builder().build().readTree(groundTruth.toFile());
		truth.get("people").forEach(p -> roleOf.put(p.get("person_id").asString(), p.get("role").asString()));
		truth.get("person_records").forEach(r -> {
			if (r.get("record").asString().equals("commerce_event")) {
				personOfEvent.put(r.get("event_id").asString(), r.get("person").asString());
			}
		});
		truth.get("corrupt_dealers").forEach(d -> corruptDealers.add(d.get("licence_number").asString()));
		Map<String, Integer> recoveredPerCase = new HashMap<>();
		truth.get("recoveries").forEach(r -> {
			if (r.hasNonNull("possessor")) {
				possessorOfRecovery.put(r.get("agency").asString() + "/" + r.get("recovery_id").asString(), r.get("possessor").asString());
			}
			if (r.hasNonNull("case_id")) {
				recoveredPerCase.merge(r.get("case_id").asString(), 1, Integer::sum);
			}
		});
		Map<String, String> firstSaleOfGun = new HashMap<>();
		truth.get("firearms").forEach(f -> {
			if (f.path("first_sale_event").isString()) {
				firstSaleOfGun.put(gunKey(f), f.get("first_sale_event").asString());
			}
		});
		// Without a ledger a first sale is known from the tracing authority's answer: the custody
		// evidence it proves is keyed by the answer's agency and trace number.
		truth.get("recoveries").forEach(r -> {
			String sale = firstSaleOfGun.get(gunKey(r));
			if (r.hasNonNull("trace_number") && sale != null && personOfEvent.containsKey(sale)) {
				personOfEvent.put("trace/" + r.get("agency").asString() + "/" + r.get("trace_number").asString() + "/sale",
						personOfEvent.get(sale));
			}
		});
		truth.get("firearms").forEach(f -> {
			JsonNode event = f.path("first_sale_event");
			if (f.path("recovered").asBoolean(false) && event.isString()) {
				String person = personOfEvent.get(event.asString());
				if ("STRAW_PURCHASER".equals(roleOf.get(person))) {
					strawWithRecoveredGun.add(person);
				}
			}
		});
		truth.get("trafficking_cases").forEach(c -> {
			for (String part : List.of("straw_purchasers", "traffickers", "receivers")) {
				c.path(part).forEach(m -> caseOf.put(m.asString(), c.get("case_id").asString()));
			}
			if (c.hasNonNull("recruiter")) {
				caseOf.put(c.get("recruiter").asString(), c.get("case_id").asString());
			}
			if (c.get("channel").asString().equals("STRAW_PURCHASE") && recoveredPerCase.getOrDefault(c.get("case_id").asString(), 0) >= 3) {
				Set<String> members = new HashSet<>();
				c.get("straw_purchasers").forEach(m -> members.add(m.asString()));
				plantedRings.add(members);
			}
		});
	}

	private static String gunKey(JsonNode gun) {
		return gun.path("manufacturer").asString("") + "|" + gun.path("serial_number").asString("") + "|"
				+ (gun.hasNonNull("importer") ? gun.get("importer").asString() : "");
	}

	/** The planted person each detected person's sale records mostly belong to (null: nobody planted). */
	public Map<String, String> plantedPersonOf(List<String> detected) {
		Map<String, Map<String, Integer>> votes = new HashMap<>();
		jdbc.sql("SELECT person_id, record_id FROM person_assignment WHERE person_id = ANY(?) AND record_id LIKE 'event:%'")
			.param(detected.toArray(String[]::new)).query(rs -> {
				String planted = personOfEvent.get(rs.getString("record_id").substring("event:".length()));
				votes.computeIfAbsent(rs.getString("person_id"), k -> new HashMap<>()).merge(String.valueOf(planted), 1, Integer::sum);
			});
		return mostVoted(votes);
	}

	/** Share of the top person leads that are planted straw purchasers, traffickers or recruiters. */
	public double precision(List<String> topLeads) {
		Map<String, String> planted = plantedPersonOf(topLeads);
		long right = topLeads.stream().map(p -> roleOf.get(planted.get(p))).filter(role -> role != null && TRAFFICKING_ROLES.contains(role)).count();
		return topLeads.isEmpty() ? 0 : (double) right / topLeads.size();
	}

	/** Share of planted straw purchasers with a recovered gun that some person lead points at. */
	public double recall(List<String> allLeads) {
		Set<String> found = new HashSet<>(plantedPersonOf(allLeads).values());
		return strawWithRecoveredGun.isEmpty() ? 0
				: (double) strawWithRecoveredGun.stream().filter(found::contains).count() / strawWithRecoveredGun.size();
	}

	/** Share of planted rings (3+ recovered guns) with most of their members in one detected ring. */
	public double ringsFound(List<List<String>> detectedRings) {
		List<String> everyone = detectedRings.stream().flatMap(List::stream).distinct().toList();
		Map<String, String> planted = plantedPersonOf(everyone);
		List<Set<String>> detected = detectedRings.stream()
			.map(ring -> { Set<String> s = new HashSet<>(); ring.forEach(p -> { if (planted.get(p) != null) s.add(planted.get(p)); }); return s; })
			.toList();
		long found = plantedRings.stream().filter(members -> detected.stream()
			.anyMatch(ring -> 2 * members.stream().filter(ring::contains).count() > members.size())).count();
		return plantedRings.isEmpty() ? 0 : (double) found / plantedRings.size();
	}

	/**
	 * {@link #ringsFound}, judged as on the independent generator's worlds: the detected ring that
	 * holds most of a planted ring's members holds a majority of them and no more than twice as many
	 * people (as given: its crime-gun buyers, or its members) as the planted ring has members, so that
	 * a ring buried in a larger group does not count as found.
	 */
	public double ringsFoundAtMostTwiceTheirSize(List<List<String>> peopleOfRings) {
		List<String> everyone = peopleOfRings.stream().flatMap(List::stream).distinct().toList();
		Map<String, String> planted = plantedPersonOf(everyone);
		List<List<String>> detected = peopleOfRings.stream()
			.map(ring -> ring.stream().map(p -> planted.getOrDefault(p, p)).toList())
			.toList();
		long found = plantedRings.stream().filter(members -> {
			List<String> best = detected.stream()
				.max(java.util.Comparator.comparingLong(ring -> ring.stream().filter(members::contains).count()))
				.orElse(List.of());
			return 2 * best.stream().filter(members::contains).count() > members.size() && best.size() <= 2 * members.size();
		}).count();
		return plantedRings.isEmpty() ? 0 : (double) found / plantedRings.size();
	}

	/**
	 * The planted people some sale record held by the installation names: the most any lead could
	 * point at. With a ledger that is nearly everyone; from the agencies' files alone only the
	 * purchasers the tracing authority named in an answer.
	 */
	public Set<String> plantedPeopleOnRecord() {
		Set<String> named = new HashSet<>();
		jdbc.sql("SELECT record_id FROM person_assignment WHERE record_id LIKE 'event:%'").query(rs -> {
			String planted = personOfEvent.get(rs.getString("record_id").substring("event:".length()));
			if (planted != null) {
				named.add(planted);
			}
		});
		return named;
	}

	/** The highest recall any lead could reach: the share of straw purchasers with a recovered gun on record. */
	public double recallCeiling(Set<String> onRecord) {
		return strawWithRecoveredGun.isEmpty() ? 0
				: (double) strawWithRecoveredGun.stream().filter(onRecord::contains).count() / strawWithRecoveredGun.size();
	}

	/** The highest share of rings any ring finding could reach: planted rings with a majority of members on record. */
	public double ringsCeiling(Set<String> onRecord) {
		return plantedRings.isEmpty() ? 0 : (double) plantedRings.stream()
			.filter(members -> 2 * members.stream().filter(onRecord::contains).count() > members.size()).count() / plantedRings.size();
	}

	public double dealersFound(List<String> topDealers) {
		return corruptDealers.isEmpty() ? 0 : (double) corruptDealers.stream().filter(topDealers::contains).count() / corruptDealers.size();
	}

	/**
	 * How pure the detected rings are. {@code all}: mean share of a ring's members who belong to its
	 * best-matching planted case (people of no case count against it: lawful owners whose guns the
	 * ring's receivers held); {@code planted}: the same share among members who belong to some case
	 * (whether rings mix different planted rings); {@code sizes}: smallest, median, 90th percentile
	 * and largest ring, in people.
	 */
	public RingPurity ringPurity(List<List<String>> detectedRings) {
		List<String> everyone = detectedRings.stream().flatMap(List::stream).distinct().toList();
		Map<String, String> planted = plantedPersonOfAnyRecord(everyone);
		double all = 0;
		double mixed = 0;
		int withCase = 0;
		for (List<String> ring : detectedRings) {
			Map<String, Integer> cases = new HashMap<>();
			ring.forEach(p -> {
				String c = caseOf.get(planted.get(p));
				if (c != null) {
					cases.merge(c, 1, Integer::sum);
				}
			});
			int best = cases.values().stream().max(Integer::compare).orElse(0);
			all += (double) best / ring.size();
			if (best > 0) {
				mixed += (double) best / cases.values().stream().mapToInt(Integer::intValue).sum();
				withCase++;
			}
		}
		int[] sizes = detectedRings.stream().mapToInt(List::size).sorted().toArray();
		return new RingPurity(detectedRings.isEmpty() ? 0 : all / detectedRings.size(), withCase == 0 ? 0 : mixed / withCase,
				sizes.length == 0 ? new int[4] : new int[] { sizes[0], sizes[sizes.length / 2], sizes[(int) (0.9 * sizes.length)],
						sizes[sizes.length - 1] });
	}

	public record RingPurity(double all, double planted, int[] sizes) {
	}

	/** Like {@link #plantedPersonOf}, also through recovery records (receivers have no sale records). */
	private Map<String, String> plantedPersonOfAnyRecord(List<String> detected) {
		Map<String, Map<String, Integer>> votes = new HashMap<>();
		jdbc.sql("SELECT person_id, record_id FROM person_assignment WHERE person_id = ANY(?)")
			.param(detected.toArray(String[]::new)).query(rs -> {
				String record = rs.getString("record_id");
				String planted = record.startsWith("event:") ? personOfEvent.get(record.substring("event:".length()))
						: possessorOfRecovery.get(record.substring(record.indexOf(':') + 1));
				votes.computeIfAbsent(rs.getString("person_id"), k -> new HashMap<>()).merge(String.valueOf(planted), 1, Integer::sum);
			});
		return mostVoted(votes);
	}

	/** For each detected person, the planted person most of its records belong to (null: nobody planted). */
	private static Map<String, String> mostVoted(Map<String, Map<String, Integer>> votes) {
		Map<String, String> planted = new HashMap<>();
		votes.forEach((person, counts) -> {
			String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			planted.put(person, "null".equals(best) ? null : best);
		});
		return planted;
	}
}
