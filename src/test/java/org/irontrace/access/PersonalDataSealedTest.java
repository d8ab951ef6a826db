package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.irontrace.LedgerFixtures;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.Intelligence;
import org.irontrace.intel.LeadPerson;
import org.irontrace.intel.LeadType;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Birth dates and identity numbers are stored only as ciphertext: what a copy of the database holds
 * is unreadable without the key in the key folder, while IronTrace itself reads them as before.
 */
@SpringBootTest
class PersonalDataSealedTest {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TraceService traces;

	@Autowired
	Intelligence intelligence;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private static final String UPGRADE = "db/migration/V66__personal_data_sealed_authenticated.sql";

	@Test
	void storedPersonalDataIsCiphertextAndReadsBackThroughIronTrace() {
		String t = LedgerFixtures.uniqueTag();
		imports.importCsv("commerce-events", stream(csv(EVENTS_HEADER + ",purchaser_id_number",
				t + "-1,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D1,,Ana,Ruiz,1985-02-03,TX,TX12345678")),
				ImportProgress.NONE);
		imports.importCsv("recoveries", stream(csv(RECOVERIES_HEADER + ",possessor_dob",
				"R1," + t + ",2020-01-01,MX,,,,," + "N,,,,,,,,Pedro,Paramo,1979-12-24")), ImportProgress.NONE);

		assertThat(jdbc.sql("SELECT purchaser_dob FROM custody_event WHERE event_id = ?").param(t + "-1")
			.query(LocalDate.class).single()).isEqualTo("1985-02-03");
		assertThat(jdbc.sql("SELECT purchaser_id_number FROM custody_event WHERE event_id = ?").param(t + "-1")
			.query(String.class).single()).isEqualTo("TX12345678");
		assertThat(jdbc.sql("SELECT possessor_dob FROM recovery WHERE agency = ?").param(t).query(LocalDate.class).single())
			.isEqualTo("1979-12-24");

		String stored = jdbc.sql("SELECT row_to_json(s)::text FROM custody_event_store s WHERE event_id = ?").param(t + "-1")
			.query(String.class).single();
		assertThat(stored).doesNotContain("1985-02-03").doesNotContain("TX12345678").contains("purchaser_dob_sealed");
		assertThat(jdbc.sql("SELECT row_to_json(s)::text FROM recovery_store s WHERE agency = ?").param(t)
			.query(String.class).single()).doesNotContain("1979-12-24");

		imports.importCsv("domestic-registry", stream(csv("country,registry_id,serial_number,manufacturer,holder_type,"
				+ "holder_first_name,holder_last_name,holder_dob,holder_id_number", "TT," + t + "," + t + "1,Glock,PERSON,Rosa,Diaz,"
				+ "1969-07-20,TT-ID-" + t)), ImportProgress.NONE);
		assertThat(jdbc.sql("SELECT row_to_json(d)::text FROM domestic_registry d WHERE country = 'TT' AND registry_id = ?").param(t)
			.query(String.class).single()).as("a registered holder's birth date and identity number")
			.doesNotContain("1969-07-20").doesNotContain("TT-ID-" + t).contains("holder_dob_sealed");
		assertThat(jdbc.sql("""
				SELECT irontrace_unseal(holder_dob_sealed) || ' ' || irontrace_unseal(holder_id_number_sealed)
				FROM domestic_registry WHERE country = 'TT' AND registry_id = ?
				""").param(t).query(String.class).single()).isEqualTo("1969-07-20 TT-ID-" + t);
		imports.importCsv("trace-results", stream(csv("agency,recovery_id,trace_number,result_date,trace_status,serial_number,"
				+ "manufacturer,dealer_licence,sale_date,purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_id_number",
				t + ",R1,T-" + t + ",2020-02-01,COMPLETED," + t + "9,Glock,D1,2019-05-06,Luz,Vega,"
				+ "1990-08-09,AZ-" + t)), ImportProgress.NONE);
		assertThat(jdbc.sql("SELECT row_to_json(a)::text FROM trace_answer_store a WHERE agency = ?").param(t)
			.query(String.class).single()).as("the tracing authority's purchaser")
			.doesNotContain("1990-08-09").doesNotContain("AZ-" + t).contains("purchaser_dob_sealed");
		assertThat(jdbc.sql("SELECT row_to_json(s)::text FROM custody_event_store s WHERE trace_agency = ?").param(t)
			.query(String.class).single()).as("the custody evidence the answer proves")
			.doesNotContain("1990-08-09").doesNotContain("AZ-" + t);
		assertThat(jdbc.sql("SELECT purchaser_dob::text || ' ' || purchaser_id_number FROM trace_answer WHERE agency = ?")
			.param(t).query(String.class).single()).isEqualTo("1990-08-09 AZ-" + t);
		byte[] sealedTwice = jdbc.sql("SELECT irontrace_seal('1985-02-03')").query(byte[].class).single();
		assertThat(sealedTwice).as("a fresh IV each time: equal values do not look equal")
			.isNotEqualTo(jdbc.sql("SELECT irontrace_seal('1985-02-03')").query(byte[].class).single());
	}

	/**
	 * What the system derives from personal data is sealed too: after a trace, a refresh of the graph
	 * and the leads, no table holds a birth date or an identity number in clear (every table is read,
	 * so a copy added later is caught), while IronTrace still shows them to those who may see them.
	 */
	@Test
	void noTableHoldsABirthDateOrIdentityNumberInClear() {
		String t = LedgerFixtures.uniqueTag();
		String document = "DOC" + t;
		imports.importCsv("licensees", stream(csv(LICENSEES_HEADER, "S-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,")),
				ImportProgress.NONE);
		imports.importCsv("commerce-events", stream(csv(EVENTS_HEADER + ",purchaser_id_number",
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,S-" + t + ",,Ana,Ruiz" + t + ",1961-04-12,TX," + document,
				t + "-2,SOLD,2019-03-06," + t + "2,Glock,,17,9mm,PISTOL,US,S-" + t + ",,Bea,Soto" + t + ",1962-05-13,TX," + document)),
				ImportProgress.NONE);
		imports.importCsv("recoveries", stream(csv(RECOVERIES_HEADER + ",possessor_dob",
				"R1," + t + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo" + t + ",1963-06-14",
				"R2," + t + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + t + "2,N,,Glock,,,,,,Pedro,Paramo" + t + ",1963-06-14")),
				ImportProgress.NONE);
		String traceId = traces.trace(t, "R1").traceId();
		traces.trace(t, "R2");
		intelligence.refresh();

		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1
				""").query(String.class).list();
		List<String> inClear = tables.stream().filter(table -> jdbc.sql("SELECT count(*) FROM \"" + table + "\" x"
				+ " WHERE x::text LIKE :tag AND x::text LIKE ANY(ARRAY['%1961-04-12%', '%1962-05-13%', '%1963-06-14%', :document])")
			.param("tag", "%" + t + "%").param("document", "%" + document + "%").query(Long.class).single() > 0).toList();
		assertThat(inClear).as("tables holding a birth date or identity number in clear").isEmpty();
		assertThat(tables).contains("trace_result", "network_person_store", "network_link", "lead");

		assertThat(traces.findTrace(traceId, Visibility.unrestricted()).orElseThrow().firstRetailSale().purchaser().dob())
			.isEqualTo("1961-04-12");
		assertThat(jdbc.sql("SELECT dob::text FROM network_person WHERE last_name = ?").param("Ruiz" + t).query(String.class)
			.single()).isEqualTo("1961-04-12");
		assertThat(intelligence.listLeads(LeadType.PERSON, 100000, Visibility.unrestricted()).stream()
			.flatMap(lead -> lead.people().stream()).filter(person -> ("Ruiz" + t).equals(person.lastName()))
			.map(LeadPerson::dob)).isNotEmpty().containsOnly("1961-04-12");
		assertThat(jdbc.sql("SELECT irontrace_unseal(document_sealed) FROM network_link WHERE kind = 'SHARED_DOCUMENT'"
				+ " AND irontrace_unseal(document_sealed) LIKE ?").param("%" + document).query(String.class).list())
			.as("the shared document, read back").isNotEmpty();
	}

	/**
	 * A sealed value carries its format and key version and is authenticated: a single flipped byte,
	 * a value cut short or one in the unauthenticated format of V6 makes reading fail with an error,
	 * never with a wrong birth date.
	 */
	@Test
	void alteredSealedValueIsRefusedNotReadAsSomethingElse() {
		String t = LedgerFixtures.uniqueTag();
		imports.importCsv("recoveries", stream(csv(RECOVERIES_HEADER + ",possessor_dob",
				"R1," + t + ",2020-01-01,MX,,,,," + "N,,,,,,,,Pedro,Paramo,1979-12-24",
				"R2," + t + ",2020-01-01,MX,,,,," + "N,,,,,,,,Juan,Preciado,1980-01-02",
				"R3," + t + ",2020-01-01,MX,,,,," + "N,,,,,,,,Susana,SanJuan,1981-03-04")), ImportProgress.NONE);
		assertThat(jdbc.sql("""
				SELECT get_byte(possessor_dob_sealed, 0) || ' ' || irontrace_seal_version(possessor_dob_sealed)
				       || ' ' || length(possessor_dob_sealed)
				FROM recovery_store WHERE agency = ?
				""").param(t).query(String.class).list()).as("format 2, key version 1, 3 + 16 + 16 + 32 bytes")
			.containsOnly("2 1 67");
		assertThat(jdbc.sql("SELECT get_byte(irontrace_seal('1979-12-24'), 0)").query(Integer.class).single()).isEqualTo(2);

		jdbc.sql("UPDATE recovery_store SET possessor_dob_sealed = set_byte(possessor_dob_sealed, 25,"
				+ " get_byte(possessor_dob_sealed, 25) # 1) WHERE agency = ? AND recovery_id = 'R1'").param(t).update();
		jdbc.sql("UPDATE recovery_store SET possessor_dob_sealed = substring(possessor_dob_sealed FOR 35)"
				+ " WHERE agency = ? AND recovery_id = 'R2'").param(t).update();
		jdbc.sql("""
				UPDATE recovery_store SET possessor_dob_sealed = iv || encrypt_iv(convert_to('1981-03-04', 'UTF8'),
				    irontrace_personal_key(1), iv, 'aes-cbc/pad:pkcs')
				FROM (SELECT gen_random_bytes(16) AS iv) fresh WHERE agency = ? AND recovery_id = 'R3'
				""").param(t).update();

		try {
			assertThatThrownBy(() -> possessorDob(t, "R1")).as("a flipped byte").hasMessageContaining("integrity check");
			assertThatThrownBy(() -> possessorDob(t, "R2")).as("a value cut short").hasMessageContaining("not in the sealed format");
			assertThatThrownBy(() -> possessorDob(t, "R3")).as("the unauthenticated format of V6")
				.hasMessageContaining("sealed personal datum");
		}
		finally {
			// The other tests of this database read every sealed value.
			jdbc.sql("DELETE FROM recovery_store WHERE agency = ?").param(t).update();
		}
	}

	/**
	 * An installation upgraded from V6's format (IV and ciphertext, no version, no tag): the upgrade
	 * (V66) seals every stored value again in the authenticated format, and each reads back the same.
	 * The old state is rebuilt from today's inside a transaction that is rolled back.
	 */
	@Test
	void theUpgradeSealsWhatWasStoredInTheOldFormatAgain() throws java.io.IOException {
		String t = LedgerFixtures.uniqueTag();
		imports.importCsv("commerce-events", stream(csv(EVENTS_HEADER + ",purchaser_id_number",
				t + "-1,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D1,,Ana,Ruiz,1985-02-03,TX,TX12345678")),
				ImportProgress.NONE);
		imports.importCsv("recoveries", stream(csv(RECOVERIES_HEADER + ",possessor_dob",
				"R1," + t + ",2020-01-01,MX,,,,," + "N,,,,,,,,Pedro,Paramo,1979-12-24")), ImportProgress.NONE);
		String migration = new org.springframework.core.io.ClassPathResource(UPGRADE)
			.getContentAsString(StandardCharsets.UTF_8);
		String upgrade = migration.substring(migration.indexOf("DO $$"));

		transactions.executeWithoutResult(status -> {
			List<String> today = unsealedValues();
			assertThat(today).contains("custody_event_store.purchaser_id_number_sealed TX12345678",
					"recovery_store.possessor_dob_sealed 1979-12-24");
			sealedColumns().forEach(column -> template.update("UPDATE \"" + column[0] + "\" SET \"" + column[1] + "\" ="
					+ " iv || encrypt_iv(convert_to(irontrace_unseal(\"" + column[1] + "\"), 'UTF8'), irontrace_personal_key(1), iv,"
					+ " 'aes-cbc/pad:pkcs') FROM (SELECT '\\x00000000000000000000000000000000'::bytea AS iv) v6"));
			assertThat(versions()).as("before the upgrade: no version, no tag").containsOnlyNulls();

			template.execute(upgrade);

			assertThat(versions()).as("after the upgrade").containsOnly(1);
			assertThat(unsealedValues()).isEqualTo(today);
			status.setRollbackOnly();
		});
	}

	private List<String[]> sealedColumns() {
		return jdbc.sql("SELECT table_name, column_name FROM irontrace_sealed_columns()")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) }).list();
	}

	/** Every sealed value of every sealed column, opened, in a stable order. */
	private List<String> unsealedValues() {
		return sealedColumns().stream().flatMap(column -> jdbc.sql("SELECT '" + column[0] + "." + column[1] + " ' || irontrace_unseal(\""
				+ column[1] + "\") FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" IS NOT NULL").query(String.class).list().stream())
			.sorted().toList();
	}

	private List<Integer> versions() {
		return sealedColumns().stream().flatMap(column -> jdbc.sql("SELECT DISTINCT irontrace_seal_version(\"" + column[1] + "\") FROM \""
				+ column[0] + "\" WHERE \"" + column[1] + "\" IS NOT NULL").query(Integer.class).list().stream()).distinct().toList();
	}

	private LocalDate possessorDob(String agency, String recoveryId) {
		return jdbc.sql("SELECT possessor_dob FROM recovery WHERE agency = ? AND recovery_id = ?").param(agency).param(recoveryId)
			.query(LocalDate.class).single();
	}

	private static ByteArrayInputStream stream(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}
}
