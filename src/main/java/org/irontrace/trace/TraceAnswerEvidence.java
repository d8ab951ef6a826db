package org.irontrace.trace;

import java.util.List;

/**
 * What a batch of tracing-authority answers writes besides the answers themselves, in the batch's
 * transaction: the recoveries the answers speak of when the agency has not sent them yet, and the
 * custody evidence each answer proves (maker or importer, dealer, first retail sale with its
 * purchaser), marked {@code TRACE_RESULT} with the agency, trace number and row it came from, so
 * that people, links, rings and dealer figures read answers exactly as they read the ledger.
 * Only the latest answer to a trace number is evidence: a correction replaces the evidence of the
 * answer it corrects (both answers stay in {@code trace_answer_store}).
 */
final class TraceAnswerEvidence {

	private TraceAnswerEvidence() {
	}

	/**
	 * What is stored about each staged answer, read once per row (the recovery by its key, the answers
	 * under its trace number by the answers' key), so that the refusals, the merge and the statements
	 * that follow join this narrow table instead of asking the stored tables again: the recovery's date
	 * (null when the agency never sent it), whether the trace number was answered before this batch,
	 * and the digest of an answer already stored under the same key.
	 */
	static final String STORED_NOW = """
			CREATE TEMP TABLE IF NOT EXISTS staged_trace_stored (line bigint, recovery_date date, answered_before boolean,
			                                                     stored_digest text) ON COMMIT DELETE ROWS
			""";

	/**
	 * A scalar subquery per row rather than a join: the staged batch has no statistics, and a join to
	 * the recoveries was planned as a hash of every recovery for every batch (BENCHMARKS.md, 2026-12-06).
	 */
	static final String LOOK_UP = """
			INSERT INTO staged_trace_stored (line, recovery_date, answered_before, stored_digest)
			SELECT s.line,
			       (SELECT r.recovery_date FROM recovery_store r WHERE r.agency = s.agency AND r.recovery_id = s.recovery_id),
			       a.answers > 0, a.digest
			FROM staged_trace_answer s
			CROSS JOIN LATERAL (SELECT count(*) AS answers,
			                           max(x.answer_digest) FILTER (WHERE x.result_date = s.result_date) AS digest
			                    FROM trace_answer_store x
			                    WHERE x.agency = s.agency AND x.trace_number = s.trace_number) a
			""";

	/**
	 * Rows refused for what is stored: another answer under a key already answered (in the database
	 * or earlier in the same batch), and an unknown recovery whose country nobody can tell.
	 */
	static final String REFUSALS = """
			SELECT s.line, 'trace_number' AS column_name, 'ANSWERED_DIFFERENTLY' AS refusal,
			       ARRAY[s.trace_number, s.result_date::text] AS detail
			FROM (SELECT line, agency, trace_number, result_date, answer_digest,
			             first_value(answer_digest) OVER (PARTITION BY agency, trace_number, result_date ORDER BY line)
			                 AS first_digest
			      FROM staged_trace_answer) s
			JOIN staged_trace_stored k ON k.line = s.line
			WHERE s.answer_digest <> coalesce(k.stored_digest, s.first_digest)
			   OR s.answer_digest <> s.first_digest
			UNION ALL
			SELECT s.line, 'recovery_id', 'RECOVERY_PLACE_UNKNOWN', ARRAY[s.recovery_id, s.agency]
			FROM staged_trace_answer s
			JOIN staged_trace_stored k ON k.line = s.line
			WHERE s.recovery_country IS NULL AND k.recovery_date IS NULL
			  AND NOT EXISTS (SELECT 1 FROM agency g WHERE g.code = s.agency)
			""";

	/**
	 * A recovery the agency has not sent is created from the answer: the gun as the authority
	 * identified it, recovered on the date given, else on the sale date plus the reported
	 * time-to-crime, else on the answer's date (the latest it can have been), in the country given
	 * or the agency's own. Any statement on the recoveries takes the dashboard cells' lock (V222)
	 * until the batch commits, even one that inserts nothing, and the two writing lanes would then
	 * take turns for the rest of their batches: the statement runs only when a recovery is unknown.
	 */
	private static final String UNKNOWN_RECOVERIES = """
			DO $$
			BEGIN
			    IF EXISTS (SELECT 1 FROM staged_trace_stored k JOIN staged_trace_answer s ON s.line = k.line
			               WHERE k.recovery_date IS NULL) THEN
			        INSERT INTO recovery_store (agency, recovery_id, recovery_date, country, serial_number, serial_key,
			                                    manufacturer, manufacturer_key, importer, importer_key, model, caliber,
			                                    calibre_family, firearm_type, country_of_manufacture)
			        SELECT DISTINCT ON (s.agency, s.recovery_id)
			               s.agency, s.recovery_id,
			               coalesce(s.recovery_date, s.sale_date + s.time_to_crime_days, s.result_date),
			               coalesce(s.recovery_country, (SELECT g.country FROM agency g WHERE g.code = s.agency)),
			               s.serial_number, s.serial_key, s.manufacturer, s.manufacturer_key, s.importer, s.importer_key,
			               s.model, s.caliber, s.calibre_family, s.firearm_type, s.country_of_manufacture
			        FROM staged_trace_answer s
			        JOIN staged_trace_stored k ON k.line = s.line
			        WHERE k.recovery_date IS NULL
			        ORDER BY s.agency, s.recovery_id, s.result_date DESC, s.line
			        ON CONFLICT (agency, recovery_id) DO NOTHING;
			    END IF;
			END
			$$
			""";

	/**
	 * The answers stored by this batch's transaction (written by the merge), by the row they came
	 * from: the trace numbers whose evidence is written from their latest answer, and the recoveries
	 * to trace again.
	 */
	static final String ANSWERED_NOW = """
			CREATE TEMP TABLE IF NOT EXISTS answered_now (line bigint, agency text COLLATE "C", trace_number text COLLATE "C",
			                                              recovery_id text COLLATE "C") ON COMMIT DELETE ROWS
			""";

	/**
	 * The evidence of an earlier answer to a trace number answered again, found by its event ids
	 * ({@code trace/AGENCY/NUMBER/step}, a range of the custody rows' key); a trace number answered
	 * for the first time has none, and is not looked for.
	 */
	private static final String SUPERSEDED_EVIDENCE = """
			DELETE FROM custody_event_store e
			USING (SELECT DISTINCT n.agency, n.trace_number FROM answered_now n
			       JOIN staged_trace_stored k ON k.line = n.line WHERE k.answered_before) c
			WHERE e.event_id >= 'trace/' || c.agency || '/' || c.trace_number || '/'
			  AND e.event_id < 'trace/' || c.agency || '/' || c.trace_number || '0'
			  AND e.source = 'TRACE_RESULT' AND e.trace_agency = c.agency AND e.trace_number = c.trace_number
			""";

	/**
	 * The furthest step an answer proves, one custody event: the retail sale with its purchaser for a
	 * completed trace, the dealer's receipt from the maker or importer for a dealer-only answer, the
	 * maker's or importer's custody for a source-only one. Everything before that step is implied by
	 * it (a sale is by a licensed dealer of a gun made or imported in the US) and stays in the answer
	 * itself, so one row per answer keeps the import close to the speed of copying the answers. Dated
	 * no later than the answer says: the sale on its date (or the recovery date less the reported
	 * time-to-crime), a custody without a sale on the recovery date.
	 */
	private static final String EVIDENCE = """
			INSERT INTO custody_event_store (event_id, event_type, event_date, serial_number, serial_key, manufacturer,
			       manufacturer_key, importer, importer_key, model, caliber, calibre_family, firearm_type,
			       country_of_manufacture, from_licence, to_licence, purchaser_first_name, purchaser_last_name,
			       purchaser_dob_sealed, purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code,
			       purchaser_id_type, purchaser_id_number_sealed, reference, source, trace_agency, trace_number,
			       source_line)
			SELECT 'trace/' || a.agency || '/' || a.trace_number || '/' || step.kind, step.event_type,
			       coalesce(a.sale_date, a.recovery_date - a.time_to_crime_days, a.recovery_date),
			       a.serial_number, a.serial_key, a.manufacturer, a.manufacturer_key, a.importer,
			       coalesce(a.importer_key, ''), a.model, a.caliber, a.calibre_family, a.firearm_type,
			       coalesce(a.country_of_manufacture, CASE WHEN a.importer_key IS NULL THEN 'US' ELSE 'ZZ' END),
			       step.from_licence, step.to_licence,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_first_name END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_last_name END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_dob_sealed END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_street END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_city END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_state END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_postal_code END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_id_type END,
			       CASE WHEN step.kind = 'sale' THEN a.purchaser_id_number_sealed END,
			       a.trace_number, 'TRACE_RESULT', a.agency, a.trace_number, a.source_line
			-- A trace number answered for the first time: its latest answer in the batch, as staged.
			FROM ((SELECT DISTINCT ON (s.agency, s.trace_number)
			             s.agency, s.recovery_id, s.trace_number, s.trace_status, s.sale_date, s.time_to_crime_days, s.serial_number, s.serial_key, s.manufacturer,
			             s.manufacturer_key, s.importer, s.importer_key, s.model, s.caliber, s.calibre_family,
			             s.firearm_type, s.country_of_manufacture, s.source_licence, s.dealer_licence,
			             s.purchaser_first_name, s.purchaser_last_name, s.purchaser_dob_sealed,
			             s.purchaser_street, s.purchaser_city, s.purchaser_state, s.purchaser_postal_code,
			             s.purchaser_id_type, s.purchaser_id_number_sealed, s.line AS source_line,
			             coalesce(k.recovery_date, (SELECT r.recovery_date FROM recovery_store r
			                                        WHERE r.agency = s.agency AND r.recovery_id = s.recovery_id))
			                 AS recovery_date
			      FROM answered_now n
			      JOIN staged_trace_answer s ON s.line = n.line
			      JOIN staged_trace_stored k ON k.line = n.line
			      WHERE NOT k.answered_before
			      ORDER BY s.agency, s.trace_number, s.result_date DESC)
			      UNION ALL
			      -- One answered before: its latest answer stored, which may be an earlier batch's.
			      SELECT x.agency, x.recovery_id, x.trace_number, x.trace_status, x.sale_date,
			             x.time_to_crime_days, x.serial_number, x.serial_key, x.manufacturer,
			             x.manufacturer_key, x.importer, x.importer_key, x.model, x.caliber, x.calibre_family,
			             x.firearm_type, x.country_of_manufacture, x.source_licence, x.dealer_licence,
			             x.purchaser_first_name, x.purchaser_last_name, x.purchaser_dob_sealed,
			             x.purchaser_street, x.purchaser_city, x.purchaser_state, x.purchaser_postal_code,
			             x.purchaser_id_type, x.purchaser_id_number_sealed, x.source_line, r.recovery_date
			      FROM (SELECT DISTINCT n.agency, n.trace_number FROM answered_now n
			            JOIN staged_trace_stored k ON k.line = n.line WHERE k.answered_before) c
			      JOIN LATERAL (SELECT * FROM trace_answer_store x
			                    WHERE x.agency = c.agency AND x.trace_number = c.trace_number
			                    ORDER BY x.result_date DESC LIMIT 1) x ON true
			      JOIN recovery_store r ON r.agency = x.agency AND r.recovery_id = x.recovery_id) a
			CROSS JOIN LATERAL (VALUES
			       ('source', CASE WHEN a.importer_key IS NOT NULL OR coalesce(a.country_of_manufacture, 'US') <> 'US'
			                       THEN 'IMPORTED' ELSE 'MANUFACTURED' END, NULL, a.source_licence,
			        a.trace_status = 'SOURCE_ONLY'),
			       ('dealer', 'TRANSFERRED', a.source_licence, a.dealer_licence,
			        a.dealer_licence IS NOT NULL AND a.trace_status = 'DEALER_ONLY'),
			       ('sale', 'SOLD', a.dealer_licence, NULL, a.trace_status = 'COMPLETED')
			       ) AS step(kind, event_type, from_licence, to_licence, applies)
			WHERE step.applies AND a.serial_key IS NOT NULL AND a.manufacturer_key IS NOT NULL AND a.recovery_date IS NOT NULL
			  -- What the ledger already says is not said twice (a sale counted twice would look like a
			  -- multiple sale, a dealer's receipt dated by the recovery would end a longer chain); what
			  -- it says otherwise stays beside it, a contradiction. A sale is the same sale at the same
			  -- counter on the same day; a custody without a sale is the same taker on any day. Asked gun
			  -- by gun through the custody rows' firearm index (OFFSET 0 keeps it a look-up per row): as
			  -- an anti-join it could be planned as a scan of every custody row, hashed again for every
			  -- batch (5 % of a batch at 200,000 answers; BENCHMARKS.md, 2026-12-07).
			  AND NOT EXISTS (SELECT 1 FROM custody_event_store l
			                  WHERE l.serial_key = a.serial_key AND l.manufacturer_key = a.manufacturer_key
			                    AND l.importer_key = coalesce(a.importer_key, '') AND l.source = 'LEDGER'
			                    AND CASE WHEN step.kind = 'sale'
			                             THEN l.event_type = 'SOLD' AND l.from_licence IS NOT DISTINCT FROM step.from_licence
			                                  AND l.event_date = coalesce(a.sale_date, a.recovery_date - a.time_to_crime_days,
			                                                              a.recovery_date)
			                             ELSE l.event_type IN ('MANUFACTURED', 'IMPORTED', 'TRANSFERRED', 'ACQUIRED')
			                                  AND (step.to_licence IS NULL OR l.to_licence = step.to_licence) END
			                  OFFSET 0)
			ON CONFLICT (event_id) DO NOTHING
			""";

	/** The firearm register knows a gun an answer identified, described as the authority did. */
	private static final String FIREARMS = """
			INSERT INTO firearm AS f (serial_key, manufacturer_key, importer_key, serial_number, manufacturer,
			                          importer, model, caliber, calibre_family, firearm_type, country_of_manufacture)
			SELECT e.serial_key, e.manufacturer_key, e.importer_key, e.serial_number, e.manufacturer, e.importer,
			       e.model, e.caliber, e.calibre_family, e.firearm_type, e.country_of_manufacture
			FROM (SELECT DISTINCT ON (serial_key, manufacturer_key, coalesce(importer_key, ''))
			             serial_key, manufacturer_key, coalesce(importer_key, '') AS importer_key, serial_number,
			             manufacturer, importer, model, caliber, calibre_family, firearm_type,
			             coalesce(country_of_manufacture, CASE WHEN importer_key IS NULL THEN 'US' ELSE 'ZZ' END)
			                 AS country_of_manufacture
			      FROM staged_trace_answer
			      WHERE trace_status <> 'NOT_TRACED' AND serial_key IS NOT NULL AND manufacturer_key IS NOT NULL
			      ORDER BY serial_key, manufacturer_key, coalesce(importer_key, ''), result_date DESC) e
			ON CONFLICT (serial_key, manufacturer_key, importer_key) DO UPDATE SET
			    model = coalesce(f.model, excluded.model),
			    caliber = coalesce(f.caliber, excluded.caliber),
			    calibre_family = coalesce(f.calibre_family, excluded.calibre_family),
			    firearm_type = coalesce(f.firearm_type, excluded.firearm_type)
			WHERE (f.model IS NULL AND excluded.model IS NOT NULL)
			   OR (f.caliber IS NULL AND excluded.caliber IS NOT NULL)
			   OR (f.firearm_type IS NULL AND excluded.firearm_type IS NOT NULL)
			""";

	/**
	 * Dealers, makers and importers an answer names become known licensees (name, premises and
	 * state as the authority gave them), so dealer figures and source states work without a
	 * licensee file; a licensee already registered is left as registered.
	 */
	private static final String LICENSEES = """
			INSERT INTO licensee (licence_number, licence_type, business_name, street, city, state, postal_code)
			SELECT DISTINCT ON (licence) licence, licence_type, business_name, street, city, state, postal_code
			FROM (SELECT a.dealer_licence AS licence, '01' AS licence_type, coalesce(a.dealer_name, a.dealer_licence)
			             AS business_name, a.dealer_street AS street, a.dealer_city AS city, a.dealer_state AS state,
			             a.dealer_postal_code AS postal_code, a.result_date
			      FROM staged_trace_answer a WHERE a.dealer_licence IS NOT NULL
			      UNION ALL
			      SELECT a.source_licence, CASE WHEN a.importer_key IS NOT NULL THEN '08' ELSE '07' END,
			             coalesce(a.source_name, a.importer, a.manufacturer, a.source_licence), NULL, NULL, NULL, NULL,
			             a.result_date
			      FROM staged_trace_answer a WHERE a.source_licence IS NOT NULL) named
			ORDER BY licence, result_date DESC
			ON CONFLICT (licence_number) DO NOTHING
			""";

	/**
	 * The recoveries to trace again from their new answers ({@link TraceService#traceAnswered}), one
	 * row for the batch: a row and an index entry per answer cost the import as much as the answer's
	 * own second index, for a list that is read once and emptied.
	 */
	private static final String PENDING = """
			INSERT INTO trace_answer_pending (agencies, recovery_ids)
			SELECT array_agg(agency ORDER BY agency, recovery_id), array_agg(recovery_id ORDER BY agency, recovery_id)
			FROM (SELECT DISTINCT agency, recovery_id FROM answered_now) n
			HAVING count(*) > 0
			""";

	static final List<String> STATEMENTS = List.of(UNKNOWN_RECOVERIES, SUPERSEDED_EVIDENCE,
			EVIDENCE, FIREARMS, LICENSEES, PENDING);
}
