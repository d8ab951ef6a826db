package org.irontrace.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.*;
import java.util.function.BiFunction;

import org.irontrace.catalog.Catalog;
import org.irontrace.report.RecoveryReport.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report recomputed the slow, obvious way: every recovery and every trace result read as rows,
 * the latest result picked in Java, every figure counted with maps and loops.
 */
final class RawRecount {

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	RawRecount(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	record Gun(Map<String, Object> recovery, Map<String, Object> trace, JsonNode result) {
	}

	List<Gun> guns(ReportRequest request) {
		Map<String, Map<String, Object>> latest = new HashMap<>();
		for (Map<String, Object> t : jdbc.sql("SELECT agency, recovery_id, traced_at, status, reason, us_sourced,"
				+ " time_to_crime_days, result::text AS result FROM trace_result").query().listOfRows()) {
			String key = t.get("agency") + "/" + t.get("recovery_id");
			Map<String, Object> seen = latest.get(key);
			if (seen == null || ((java.sql.Timestamp) t.get("traced_at")).after((java.sql.Timestamp) seen.get("traced_at"))) {
				latest.put(key, t);
			}
		}
		List<Gun> guns = new ArrayList<>();
		for (Map<String, Object> r : jdbc.sql("SELECT * FROM recovery WHERE country = ?").param(request.country())
			.query().listOfRows()) {
			LocalDate date = ((Date) r.get("recovery_date")).toLocalDate();
			if (date.isBefore(request.from()) || date.isAfter(request.to())) {
				continue;
			}
			Map<String, Object> t = latest.get(r.get("agency") + "/" + r.get("recovery_id"));
			guns.add(new Gun(r, t, t == null ? null : json.readTree((String) t.get("result"))));
		}
		return guns;
	}

	RecoveryReport report(ReportRequest request, LocalDate asOf) {
		List<Gun> guns = guns(request);
		long traced = 0, us = 0, nonUs = 0, undetermined = 0;
		Map<String, Long> statuses = new LinkedHashMap<>(Map.of("COMPLETED", 0L, "PARTIAL", 0L, "NOT_TRACED", 0L));
		Map<String, Long> notTraced = new HashMap<>(), partial = new HashMap<>(), states = new HashMap<>(),
				types = new HashMap<>(), calibres = new HashMap<>(), makers = new HashMap<>(), codes = new HashMap<>(),
				areas = new HashMap<>(), flows = new HashMap<>(), groups = new HashMap<>();
		long exported = 0;
		List<Integer> ttc = new ArrayList<>();
		for (Gun gun : guns) {
			Map<String, Object> r = gun.recovery();
			String area = r.get("admin_area") == null ? "UNKNOWN" : (String) r.get("admin_area");
			areas.merge(area, 1L, Long::sum);
			codes.merge(r.get("crime_code") == null ? "UNKNOWN" : (String) r.get("crime_code"), 1L, Long::sum);
			JsonNode firearm = gun.result() == null ? null : gun.result().get("firearm");
			String type = text(firearm, "firearmType") != null ? text(firearm, "firearmType")
					: r.get("firearm_type") != null ? (String) r.get("firearm_type") : "UNKNOWN";
			types.merge(type, 1L, Long::sum);
			String calibre = r.get("calibre_family") != null ? (String) r.get("calibre_family")
					: catalog.calibre(text(firearm, "caliber")) == null ? "UNKNOWN" : catalog.calibre(text(firearm, "caliber")).family();
			calibres.merge(calibre, 1L, Long::sum);
			String maker = text(firearm, "manufacturer") != null ? text(firearm, "manufacturer")
					: catalog.manufacturer((String) r.get("manufacturer")) == null ? "UNKNOWN"
							: catalog.manufacturer((String) r.get("manufacturer")).name();
			makers.merge(maker, 1L, Long::sum);
			if (r.get("criminal_group_key") != null) {
				groups.merge((String) r.get("criminal_group_key"), 1L, Long::sum);
			}
			if (gun.trace() == null) {
				continue;
			}
			traced++;
			JsonNode chain = gun.result().get("chain");
			boolean wasExported = false;
			if (chain != null && chain.isArray()) {
				for (JsonNode link : chain) {
					wasExported |= "EXPORTED".equals(text(link, "eventType"));
				}
			}
			if (wasExported) {
				exported++;
			}
			Boolean usSourced = (Boolean) gun.trace().get("us_sourced");
			if (usSourced == null) {
				undetermined++;
			}
			else if (usSourced) {
				us++;
			}
			else {
				nonUs++;
			}
			String status = (String) gun.trace().get("status");
			String reason = gun.trace().get("reason") == null ? "UNKNOWN" : (String) gun.trace().get("reason");
			statuses.merge(status, 1L, Long::sum);
			if (status.equals("NOT_TRACED")) {
				notTraced.merge(reason, 1L, Long::sum);
			}
			if (status.equals("PARTIAL")) {
				partial.merge(reason, 1L, Long::sum);
			}
			String state = text(gun.result().get("firstRetailSale"), "state");
			if (state != null) {
				states.merge(state, 1L, Long::sum);
				flows.merge(state + "\u0000" + area, 1L, Long::sum);
			}
			if (gun.trace().get("time_to_crime_days") != null) {
				ttc.add(((Number) gun.trace().get("time_to_crime_days")).intValue());
			}
		}
		long established = us + nonUs;
		Collections.sort(ttc);
		long[] buckets = new long[6];
		long sum = 0;
		for (int days : ttc) {
			buckets[days < 91 ? 0 : days < 213 ? 1 : days < 365 ? 2 : days < 730 ? 3 : days < 1095 ? 4 : 5]++;
			sum += days;
		}
		TimeToCrime timeToCrime = new TimeToCrime(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4], buckets[5],
				ttc.isEmpty() ? null : ttc.get((ttc.size() + 1) / 2 - 1),
				ttc.isEmpty() ? null : share(sum, ttc.size(), 1));
		List<Flow> flowList = flows.entrySet().stream()
			.map(e -> new Flow(e.getKey().split("\u0000")[0], e.getKey().split("\u0000")[1], e.getValue()))
			.sorted(Comparator.comparingLong(Flow::count).reversed().thenComparing(Flow::state).thenComparing(Flow::area))
			.toList();
		Double sdg = guns.isEmpty() ? null : share(established, guns.size(), 4);
		ReportRequest before = request.previousPeriod();
		List<Gun> previous = guns(before);
		long previousEstablished = previous.stream().filter(g -> g.trace() != null && g.trace().get("us_sourced") != null).count();
		Double previousSdg = previous.isEmpty() ? null : share(previousEstablished, previous.size(), 4);
		Headline headline = new Headline(before.from(), before.to(), previous.size(),
				previous.stream().filter(g -> g.trace() != null).count(),
				previous.stream().filter(g -> g.trace() != null && Boolean.TRUE.equals(g.trace().get("us_sourced"))).count(),
				previousSdg);
		Double points = sdg == null || previousSdg == null ? null
				: BigDecimal.valueOf(sdg).subtract(BigDecimal.valueOf(previousSdg)).movePointRight(2).setScale(2, RoundingMode.HALF_UP).doubleValue();
		return new RecoveryReport(request.country(), request.from(), request.to(), asOf, guns.size(), traced,
				new Outcomes(us, nonUs, undetermined), statuses, ordered(notTraced), ordered(partial),
				list(states, StateCount::new), list(types, TypeCount::new), list(calibres, CalibreCount::new),
				list(makers, ManufacturerCount::new), timeToCrime, list(codes, CodeCount::new), sdg, null,
				list(areas, AreaCount::new), flowList, headline,
				new Change(guns.size() - headline.recovered(), traced - headline.traced(), us - headline.usSourced(), points),
				ReportMethod.METHOD, ReportMethod.CAVEAT,
				list(groups, (key, count) -> new GroupCount(key, catalog.criminalGroupOfKey(key).name(), count)), exported,
				diversion(guns), null);
	}

	/**
	 * Recovered guns found in their country's registry, matched in Java: same country, serial key and
	 * maker key, importers agreeing when both name one; the exact importer first, then the lowest id.
	 */
	private DomesticDiversion diversion(List<Gun> guns) {
		List<Map<String, Object>> registered = jdbc.sql("SELECT * FROM domestic_registry ORDER BY registry_id").query().listOfRows();
		Map<String, Long> byHolder = new LinkedHashMap<>();
		for (String type : List.of("PERSON", "SECURITY_COMPANY", "DEALER", "POLICE", "MILITARY", "OTHER_STATE")) {
			byHolder.put(type, 0L);
		}
		long total = 0, stolen = 0;
		for (Gun gun : guns) {
			Map<String, Object> r = gun.recovery();
			String importer = r.get("importer_key") == null || "".equals(r.get("importer_key")) ? null : (String) r.get("importer_key");
			Map<String, Object> match = null;
			for (Map<String, Object> d : registered) {
				boolean same = d.get("country").equals(r.get("country")) && d.get("serial_key").equals(r.get("serial_key"))
						&& d.get("manufacturer_key").equals(r.get("manufacturer_key"));
				boolean importersAgree = d.get("importer_key") == null || importer == null || d.get("importer_key").equals(importer);
				if (same && importersAgree && (match == null
						|| !Objects.equals(match.get("importer_key"), importer) && Objects.equals(d.get("importer_key"), importer))) {
					match = d;
				}
			}
			if (match != null) {
				total++;
				byHolder.merge((String) match.get("holder_type"), 1L, Long::sum);
				stolen += "REPORTED_STOLEN".equals(match.get("status")) ? 1 : 0;
			}
		}
		return new DomesticDiversion(total, byHolder, stolen);
	}

	private static String text(JsonNode node, String field) {
		return node == null || node.isNull() || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asString();
	}

	private static Double share(long part, long whole, int scale) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP).doubleValue();
	}

	private static final Comparator<Map.Entry<String, Long>> ORDER = Map.Entry.<String, Long>comparingByValue().reversed()
		.thenComparing(Map.Entry.comparingByKey());

	private static Map<String, Long> ordered(Map<String, Long> counts) {
		Map<String, Long> out = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(ORDER).forEach(e -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	private static <T> List<T> list(Map<String, Long> counts, BiFunction<String, Long, T> make) {
		return counts.entrySet().stream().sorted(ORDER).map(e -> make.apply(e.getKey(), e.getValue())).toList();
	}
}
