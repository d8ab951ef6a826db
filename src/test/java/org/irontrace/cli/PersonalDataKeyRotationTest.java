package org.irontrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.irontrace.LedgerFixtures;
import org.irontrace.access.AuditTrail;
import org.irontrace.access.Visibility;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
import org.irontrace.intel.Intelligence;
import org.irontrace.platform.DatabaseHolders;
import org.irontrace.platform.IronTraceHome;
import org.irontrace.platform.PersonalDataKeyRotation;
import org.irontrace.platform.PersonalDataKeys;
import org.irontrace.platform.PersonalDataSeal;
import org.irontrace.trace.TraceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code irontrace keys rotate} seals every personal datum under a new key and retires the old one,
 * while everything IronTrace shows stays the same: the data read back, the stored trace answers and
 * the keys of people. The keys reach the database only as bound parameters, never in a query text.
 * This test has a key folder of its own, since it rotates it.
 */
@SpringBootTest(properties = "irontrace.keys=${java.io.tmpdir}/irontrace-rotation-keys/${random.uuid}")
class PersonalDataKeyRotationTest {

	@Autowired
	ImportService imports;

	@Autowired
	TraceService traces;

	@Autowired
	Intelligence intelligence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataKeys keys;

	@Autowired
	PersonalDataKeyRotation rotation;

	@Autowired
	DatabaseHolders holders;

	@Autowired
	AuditTrail audit;

	@Autowired
	PersonalDataSeal seal;

	@Autowired
	IronTraceHome home;

	@Autowired
	HikariDataSource connections;

	@Test
	void rotationResealsEverythingUnderTheNewKeyAndChangesNothingShown() {
		String t = LedgerFixtures.uniqueTag();
		List<String> traceIds = importAndTrace(t);
		int old = keys.sealing().version();
		int rotated = old + 1;
		String firstKey = HexFormat.of().formatHex(keys.sealing().secret());
		List<String> valuesBefore = unsealedValues();
		List<String> answersBefore = answers(traceIds);
		List<String> peopleBefore = people();
		String ringIdBefore = seal.personKeyDigest("R " + t);
		assertThat(valuesBefore).as("sealed values of every kind").hasSizeGreaterThan(10)
			.anyMatch(value -> value.startsWith("trace_answer_store.purchaser_id_number_sealed AZ-" + t));

		assertThat(rotate()).isZero();

		assertThat(jdbc.sql("SELECT DISTINCT irontrace_seal_version(possessor_dob_sealed) FROM recovery_store")
			.query(Integer.class).list()).containsExactly(rotated);
		assertThat(rotation.underOtherVersions(rotated)).as("values under another key than the new one").isZero();
		assertThat(unsealedValues()).isEqualTo(valuesBefore);
		assertThat(answers(traceIds)).isEqualTo(answersBefore);
		assertThat(people()).as("people's keys").isEqualTo(peopleBefore);
		assertThat(seal.personKeyDigest("R " + t)).isEqualTo(ringIdBefore);
		assertThat(home.keys().resolve("retired").resolve(keyFile(old))).exists();
		assertThat(home.keys().resolve(keyFile(old))).doesNotExist();
		assertThat(home.keys().resolve(keyFile(rotated))).exists();
		assertThat(jdbc.sql("SELECT current_setting('irontrace.personal_keys')").query(String.class).single())
			.as("a new connection holds only the live key").startsWith(rotated + ":").doesNotContain(firstKey);
		assertThat(jdbc.sql("SELECT coalesce(current_setting('irontrace.personal_key_' || ?, true), '')").param(old)
			.query(String.class).single()).as("nor the retired key's own setting").isEmpty();
		assertThat(jdbc.sql("SELECT current_setting('irontrace.personal_key_' || ?)").param(rotated)
			.query(String.class).single()).as("the live key's own setting").isNotEmpty().doesNotContain(firstKey);
		assertThat(audit.search(null, null, KeysCommand.ROTATED, "personal-data key version " + rotated, null, null, 10))
			.hasSize(1);

		imports.importCsv("recoveries", stream(csv(RECOVERIES_HEADER + ",possessor_dob",
				"R9," + t + ",2020-01-01,MX,,,,,N,,,,,,,,Ana,Nueva" + t + ",1999-09-09")), ImportProgress.NONE);
		assertThat(jdbc.sql("SELECT irontrace_seal_version(possessor_dob_sealed) FROM recovery_store WHERE recovery_id = 'R9' AND agency = ?").param(t)
			.query(Integer.class).single()).as("a value imported after the rotation").isEqualTo(rotated);
		assertThat(jdbc.sql("SELECT possessor_dob::text FROM recovery WHERE recovery_id = 'R9' AND agency = ?").param(t).query(String.class).single())
			.isEqualTo("1999-09-09");

		String secondKey = HexFormat.of().formatHex(keys.sealing().secret());
		assertThat(jdbc.sql("SELECT coalesce(string_agg(query, ' '), '') FROM pg_stat_activity WHERE application_name LIKE 'irontrace %'")
			.query(String.class).single()).as("what the server shows of IronTrace's connections")
			.doesNotContain(firstKey).doesNotContain(secondKey).doesNotContain(firstKey.toUpperCase());
		assertThat(connections.getConnectionInitSql()).isNull();
		assertThat(connections.getDataSourceProperties()).isEmpty();
	}

	/** A rotation that stopped half way is finished by the next one, not started over with yet another key. */
	@Test
	void anInterruptedRotationIsFinishedByTheNextOne() {
		String t = LedgerFixtures.uniqueTag();
		importAndTrace(t);
		int before = keys.sealing().version();
		keys.addVersion();
		assertThat(jdbc.sql("SELECT current_setting('irontrace.personal_key_version')").query(String.class).single())
			.as("a pooled connection opened before the new key is not handed out").isEqualTo(Integer.toString(before + 1));
		jdbc.sql("SELECT irontrace_reseal('recovery_store', 'possessor_dob_sealed', 1)").query(Integer.class).single();

		assertThat(rotate()).isZero();

		assertThat(keys.sealing().version()).isEqualTo(before + 1);
		assertThat(keys.live()).hasSize(1);
		assertThat(rotation.underOtherVersions(before + 1)).isZero();
		assertThat(home.keys().resolve("retired").resolve(keyFile(before))).exists();
	}

	private static String keyFile(int version) {
		return version == 1 ? "personal-data.key" : "personal-data-v" + version + ".key";
	}

	private int rotate() {
		return new KeysCommand.Rotate(rotation, holders, audit).call();
	}

	private List<String> importAndTrace(String t) {
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
		imports.importCsv("trace-results", stream(csv("agency,recovery_id,trace_number,result_date,trace_status,serial_number,"
				+ "manufacturer,dealer_licence,sale_date,purchaser_first_name,purchaser_last_name,purchaser_dob,purchaser_id_number",
				t + ",R1,T-" + t + ",2020-02-01,COMPLETED," + t + "9,Glock,S-" + t + ",2019-05-06,Luz,Vega,1990-08-09,AZ-" + t)),
				ImportProgress.NONE);
		imports.importCsv("domestic-registry", stream(csv("country,registry_id,serial_number,manufacturer,holder_type,"
				+ "holder_first_name,holder_last_name,holder_dob,holder_id_number", "TT," + t + "," + t + "1,Glock,PERSON,Rosa,Diaz,"
				+ "1969-07-20,TT-ID-" + t)), ImportProgress.NONE);
		List<String> traceIds = List.of(traces.trace(t, "R1").traceId(), traces.trace(t, "R2").traceId());
		intelligence.refresh();
		return traceIds;
	}

	/** Every sealed value of every sealed column, opened, in a stable order. */
	private List<String> unsealedValues() {
		return jdbc.sql("SELECT table_name, column_name FROM irontrace_sealed_columns()").query((row, n) -> {
			String table = row.getString(1);
			String column = row.getString(2);
			return jdbc.sql("SELECT '" + table + "." + column + " ' || irontrace_unseal(\"" + column + "\") FROM \"" + table
					+ "\" WHERE \"" + column + "\" IS NOT NULL").query(String.class).list();
		}).list().stream().flatMap(List::stream).sorted().toList();
	}

	private List<String> answers(List<String> traceIds) {
		return traceIds.stream().map(id -> traces.findTrace(id, Visibility.unrestricted()).orElseThrow().toString()).toList();
	}

	private List<String> people() {
		return jdbc.sql("SELECT person_id || ' ' || coalesce(dob::text, '') FROM network_person ORDER BY 1").query(String.class).list();
	}

	private static ByteArrayInputStream stream(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}
}
