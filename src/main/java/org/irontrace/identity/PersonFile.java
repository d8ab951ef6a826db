package org.irontrace.identity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The generic person file of {@code irontrace resolve}: {@code record_id, first_name, last_name, dob,
 * street, city, state, postal_code, id_number}, any but record_id may be empty or absent, in any
 * column order; and the clusters file written back, {@code record_id, person_id}.
 */
final class PersonFile {

	static final List<String> COLUMNS = List.of("record_id", "first_name", "last_name", "dob", "street", "city", "state",
			"postal_code", "id_number");

	private PersonFile() {
	}

	static List<PersonRecord> read(Path file) throws IOException {
		List<PersonRecord> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			int[] at = null;
			for (CsvRecord row : reader) {
				if (at == null) {
					at = columns(row);
					continue;
				}
				String id = field(row, at[0]);
				if (id == null) {
					continue;
				}
				records.add(new PersonRecord(id, "", field(row, at[1]), field(row, at[2]), field(row, at[3]),
						field(row, at[4]), field(row, at[5]), field(row, at[6]), field(row, at[7]), field(row, at[8])));
			}
		}
		return records;
	}

	static void writeClusters(Path file, List<PersonRecord> records, int[] personOf) throws IOException {
		try (CsvWriter csv = CsvWriter.builder().build(file)) {
			csv.writeRecord("record_id", "person_id");
			for (int i = 0; i < records.size(); i++) {
				csv.writeRecord(records.get(i).recordId(), "P" + (personOf[i] + 1));
			}
		}
	}

	/** Where each known column is in the header row, -1 when absent. */
	private static int[] columns(CsvRecord header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.getFieldCount(); i++) {
			positions.put(header.getField(i).trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
		}
		if (!positions.containsKey("record_id")) {
			throw new IllegalArgumentException("The person file has no record_id column");
		}
		int[] at = new int[COLUMNS.size()];
		for (int c = 0; c < at.length; c++) {
			at[c] = positions.getOrDefault(COLUMNS.get(c), -1);
		}
		return at;
	}

	private static String field(CsvRecord row, int at) {
		if (at < 0 || at >= row.getFieldCount()) {
			return null;
		}
		String value = row.getField(at).trim();
		return value.isEmpty() ? null : value;
	}
}
