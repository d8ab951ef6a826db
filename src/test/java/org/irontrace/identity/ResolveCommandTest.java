package org.irontrace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.identity.matching.SmallPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code irontrace resolve} on a file, without the database. */
class ResolveCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesOnePersonIdPerRecordWithVariantsJoined() throws Exception {
		Path in = dir.resolve("persons.csv");
		Files.writeString(in, """
				record_id,first_name,last_name,dob,street,city,state,postal_code,id_number
				a1,José,García López,1984-03-05,Av. Juárez 12,Ciudad Juárez,CHH,32000,
				a2,Pepe,Garcia,1984-05-03,Avenida Juarez 12,Cd Juarez,CHH,32000,
				a3,JOSE,GARCIA LOPEZ,1984-03-05,,,,,X123
				b1,William,Smith,1970-11-30,12 Main St,Laredo,TX,78040,X999
				b2,Bill,Smith,1970-11-30,12 Main Street,Laredo,TX,78040,
				c1,Guadalupe,Hernández,1991-07-22,,,,,
				d1,Roberto,Quintero,1962-01-15,,Tucson,AZ,85701,
				""" + population());
		Path out = dir.resolve("clusters.csv");
		int exit = new CommandLine(new ResolveCommand()).execute("--in", in.toString(), "--out", out.toString(),
				"--threshold", "0.9");
		assertThat(exit).isZero();
		List<String> lines = Files.readAllLines(out);
		assertThat(lines.get(0)).isEqualTo("record_id,person_id");
		Map<String, String> person = new HashMap<>();
		lines.stream().skip(1).map(line -> line.split(",")).forEach(row -> person.put(row[0], row[1]));
		assertThat(person).hasSize(7 + SmallPopulation.records().size());
		assertThat(person.get("a2")).isEqualTo(person.get("a1")).isEqualTo(person.get("a3"));
		assertThat(person.get("b2")).isEqualTo(person.get("b1")).isNotEqualTo(person.get("a1"));
		assertThat(person.get("c1")).isNotEqualTo(person.get("d1")).isNotEqualTo(person.get("a1"));
	}

	/** A population around the records under test, so the model has something to learn from. */
	private static String population() {
		StringBuilder rows = new StringBuilder();
		for (PersonRecord r : SmallPopulation.records()) {
			rows.append(String.join(",", r.recordId(), r.firstName(), r.lastName(), r.dob(), r.street(), r.city(),
					r.state(), r.postalCode(), "")).append('\n');
		}
		return rows.toString();
	}

	@Test
	void refusesAFileWithoutRecordIdsAndABadThreshold() throws Exception {
		Path in = dir.resolve("bad.csv");
		Files.writeString(in, "first_name,last_name\nAna,Ruiz\n");
		Path out = dir.resolve("out.csv");
		assertThat(new CommandLine(new ResolveCommand()).execute("--in", in.toString(), "--out", out.toString())).isEqualTo(2);
		assertThat(new CommandLine(new ResolveCommand()).execute("--in", in.toString(), "--out", out.toString(),
				"--threshold", "1.5")).isEqualTo(2);
	}
}
