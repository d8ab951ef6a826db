package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.irontrace.LedgerFixtures;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportService;
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

	private static ByteArrayInputStream stream(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}
}
