package org.irontrace.benchmark.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.irontrace.identity.PersonRecord;
import org.irontrace.identity.matching.RecordContext;
import org.irontrace.identity.matching.Spelling;
import org.irontrace.simulation.IronRiverSimulator;
import org.irontrace.simulation.SimulationSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people of a simulated iron river, as IronTrace would see them: purchasers on sale forms and
 * possessors in recovery reports, with the simulator's recording noise, and the true person of each
 * record from its ground truth.
 */
public final class SimulatedPeople {

	private SimulatedPeople() {
	}

	public static LabelledRecords generate(int firearms, long seed, Path folder) throws IOException {
		new IronRiverSimulator().writeWorld(new SimulationSettings(seed, firearms, 2015, 2024), folder, done -> {
		});
		Map<String, String> truth = new HashMap<>();
		JsonNode ground = JsonMapper.builder().build().readTree(folder.resolve("ground_truth.json").toFile());
		for (JsonNode record : ground.get("person_records")) {
			String id = record.get("record").asString().equals("commerce_event") ? "event:" + record.get("event_id").asString()
					: "recovery:" + record.get("agency").asString() + "/" + record.get("recovery_id").asString();
			truth.put(id, record.get("person").asString());
		}
		List<PersonRecord> records = new ArrayList<>();
		List<RecordContext> context = new ArrayList<>();
		Map<String, String[]> firstSale = new HashMap<>();
		try (CsvReader<NamedCsvRecord> events = CsvReader.builder().ofNamedCsvRecord(folder.resolve("commerce_events.csv"))) {
			for (NamedCsvRecord row : events) {
				String id = "event:" + row.getField("event_id");
				if ("SOLD".equals(row.getField("event_type")) && truth.containsKey(id)) {
					firstSale.merge(serialKey(row.getField("serial_number")),
							new String[] { row.getField("event_date"), id, Spelling.fold(row.getField("manufacturer")) },
							SimulatedPeople::earlierOfOneGun);
				}
				if (truth.containsKey(id)) {
					context.add(RecordContext.NONE);
					records.add(new PersonRecord(id, "ledger", blank(row, "purchaser_first_name"),
							blank(row, "purchaser_last_name"), blank(row, "purchaser_dob"), blank(row, "purchaser_street"),
							blank(row, "purchaser_city"), blank(row, "purchaser_state"), blank(row, "purchaser_postal_code"),
							blank(row, "purchaser_id_number")));
				}
			}
		}
		try (CsvReader<NamedCsvRecord> recoveries = CsvReader.builder().ofNamedCsvRecord(folder.resolve("recoveries.csv"))) {
			for (NamedCsvRecord row : recoveries) {
				String id = "recovery:" + row.getField("agency") + "/" + row.getField("recovery_id");
				if (truth.containsKey(id)) {
					context.add(contextOf(row, firstSale));
					records.add(new PersonRecord(id, "recovery", blank(row, "possessor_first_name"),
							blank(row, "possessor_last_name"), blank(row, "possessor_dob"), null, null, null, null, null));
				}
			}
		}
		Map<String, Integer> people = new HashMap<>();
		int[] entityOf = new int[records.size()];
		for (int i = 0; i < records.size(); i++) {
			entityOf[i] = people.computeIfAbsent(truth.get(records.get(i).recordId()), p -> people.size());
		}
		Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		return new LabelledRecords("simulated iron river, " + firearms + " firearms (seed " + seed + ")", records,
				entityOf, false, context);
	}

	/**
	 * A possessor's context as IronTrace holds it: the seizure (agency, day, place), the area, and
	 * the first retail purchaser of the gun, found as a trace would find it when the serial was read
	 * whole and only one gun of the ledger carries it (the earliest sale of that gun; the maker may be
	 * written another way in the report, as the trace's catalogue forgives).
	 */
	private static RecordContext contextOf(NamedCsvRecord row, Map<String, String[]> firstSale) {
		String date = blank(row, "recovery_date");
		String area = blank(row, "admin_area") == null ? null : blank(row, "country") + "|" + blank(row, "admin_area");
		String occasion = row.getField("agency") + "|" + date + "|" + blank(row, "country") + "|" + blank(row, "admin_area")
				+ "|" + blank(row, "city");
		String serial = blank(row, "serial_number");
		String[] sale = serial == null ? null : firstSale.get(serialKey(serial));
		sale = sale == null || sale[1] == null ? null : sale;
		return new RecordContext(occasion, area, date == null ? 0 : (int) LocalDate.parse(date).toEpochDay(),
				sale == null ? null : sale[1]);
	}

	private static String serialKey(String serial) {
		return serial.toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
	}

	/** The earlier sale of one gun; two guns of one serial (different makers) leave the serial without an answer. */
	private static String[] earlierOfOneGun(String[] a, String[] b) {
		if (a[1] == null || !java.util.Objects.equals(a[2], b[2])) {
			return new String[] { a[0], null, null };
		}
		return a[0].compareTo(b[0]) <= 0 ? a : b;
	}

	private static String blank(NamedCsvRecord row, String column) {
		String value = row.findField(column).orElse("").trim();
		return value.isEmpty() ? null : value;
	}
}
