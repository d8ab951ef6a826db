package org.irontrace.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.irontrace.access.Visibility;
import org.irontrace.platform.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the nodes an analyst means by a few letters: people by name, dealers by name or licence,
 * guns by serial, recoveries by id or by the incident they were taken in, rings by id. Each
 * statement applies the caller's view as the neighbourhoods do, so a pick always opens on
 * something: a dealer, gun or recovery only with a gun row of an agency whose records the caller
 * sees; a person only when the caller sees them by name (every agency behind them in full), since
 * matching a name it may not read would tell that the person is there; a ring only when its id,
 * which is made from a member's key, may be read.
 */
@Repository
public class NodePicker {

	public static final int SHORTEST = 2;

	public static final int LONGEST = 100;

	private static final String PEOPLE = """
			SELECT p.person_id, p.first_name, p.last_name, p.dob FROM network_person p
			WHERE irontrace_fold(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) LIKE :folded ESCAPE '\\'
			  AND EXISTS (SELECT 1 FROM network_gun g WHERE (g.purchaser_id = p.person_id OR g.possessor_id = p.person_id)
			              AND (:all OR g.agency = ANY(:records)))
			  AND (:all OR NOT EXISTS (SELECT 1 FROM network_gun g WHERE (g.purchaser_id = p.person_id OR g.possessor_id = p.person_id)
			              AND g.agency = ANY(:records) AND NOT g.agency = ANY(:full)))
			ORDER BY p.last_name, p.first_name, p.person_id LIMIT :limit
			""";

	private static final String DEALERS = """
			SELECT l.licence_number, l.business_name, l.city, l.state FROM licensee l
			WHERE (irontrace_fold(l.business_name) LIKE :folded ESCAPE '\\' OR upper(l.licence_number) LIKE :upper ESCAPE '\\')
			  AND EXISTS (SELECT 1 FROM network_gun g WHERE g.licence = l.licence_number AND (:all OR g.agency = ANY(:records)))
			ORDER BY l.business_name, l.licence_number LIMIT :limit
			""";

	private static final String RINGS = """
			SELECT ring_id FROM network_ring
			WHERE upper(ring_id) LIKE :upper ESCAPE '\\' AND (:all OR contributing_agencies <@ CAST(:full AS text[]))
			ORDER BY score DESC, ring_id LIMIT :limit
			""";

	private static final String GUNS = """
			SELECT 'gun:' || COALESCE(g.manufacturer, '') || ' ' || g.serial_number AS id, min(g.model) AS model
			FROM network_gun g
			WHERE upper(g.serial_number) LIKE :upper ESCAPE '\\' AND (:all OR g.agency = ANY(:records))
			GROUP BY 1 ORDER BY 1 LIMIT :limit
			""";

	private static final String RECOVERIES = """
			SELECT g.agency, g.recovery_id, g.incident_id, g.city FROM network_gun g
			WHERE (:all OR g.agency = ANY(:records))
			  AND (upper(g.agency || '/' || g.recovery_id) LIKE :upper ESCAPE '\\' OR upper(g.incident_id) LIKE :upper ESCAPE '\\')
			ORDER BY g.recovery_date DESC, g.agency, g.recovery_id LIMIT :limit
			""";

	private final JdbcClient jdbc;

	NodePicker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** At most {@code limit} nodes matching {@code typed}: people first, then dealers, rings, guns and recoveries. */
	public List<NodePick> listMatching(String typed, Visibility visibility, int limit) {
		String text = typed == null ? "" : typed.strip();
		if (text.length() < SHORTEST || text.length() > LONGEST) {
			throw new BadRequestException("'match' must be " + SHORTEST + " to " + LONGEST + " characters long");
		}
		String escaped = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Pattern pattern = new Pattern(escaped.toUpperCase(java.util.Locale.ROOT),
				jdbc.sql("SELECT irontrace_fold(:pattern)").param("pattern", escaped).query(String.class).single());
		List<NodePick> picks = new ArrayList<>();
		picks.addAll(query(PEOPLE, pattern, visibility, limit).query((rs, n) -> new NodePick("person:" + rs.getString("person_id"),
				"person", joined(" ", rs.getString("first_name"), rs.getString("last_name")),
				rs.getString("dob"), null, true)).list());
		picks.addAll(query(DEALERS, pattern, visibility, limit).query((rs, n) -> new NodePick(
				"licensee:" + rs.getString("licence_number"), "licensee", rs.getString("business_name"),
				joined(" · ", rs.getString("licence_number"), joined(", ", rs.getString("city"), rs.getString("state"))), null,
				false)).list());
		picks.addAll(query(RINGS, pattern, visibility, limit).query((rs, n) -> new NodePick("ring:" + rs.getString("ring_id"), "ring",
				rs.getString("ring_id"), null, null, rs.getString("ring_id").contains("U:"))).list());
		picks.addAll(query(GUNS, pattern, visibility, limit).query((rs, n) -> new NodePick(rs.getString("id"), "gun",
				rs.getString("id").substring(4).trim(), rs.getString("model"), null, false)).list());
		picks.addAll(query(RECOVERIES, pattern, visibility, limit).query((rs, n) -> new NodePick(
				"recovery:" + rs.getString("agency") + "/" + rs.getString("recovery_id"), "recovery",
				rs.getString("agency") + " " + rs.getString("recovery_id"), rs.getString("city"), rs.getString("incident_id"),
				false)).list());
		return picks.size() > limit ? List.copyOf(picks.subList(0, limit)) : picks;
	}

	/** What was typed as LIKE patterns: upper case for ids, folded as {@code irontrace_fold} folds names ("Núñez" finds "NUNEZ"). */
	private record Pattern(String upper, String folded) {
	}

	private JdbcClient.StatementSpec query(String sql, Pattern pattern, Visibility visibility, int limit) {
		return jdbc.sql(sql).param("folded", pattern.folded()).param("upper", pattern.upper())
			.param("limit", limit).param("all", visibility.everything()).param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}

	private static String joined(String between, String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).reduce((a, b) -> a + between + b)
			.orElse(null);
	}
}
