package org.irontrace.benchmark.identity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.irontrace.identity.PersonRecord;

/**
 * The FEBRL benchmark files: {@code rec_id, given_name, surname, street_number, address_1,
 * address_2, suburb, postcode, state, date_of_birth, soc_sec_id}, a space after each comma. The
 * truth is in the id: rec-N-org and rec-N-dup-k are one person.
 */
public final class FebrlFiles {

	private FebrlFiles() {
	}

	public static LabelledRecords deduplication(Path dir, String file) throws IOException {
		List<PersonRecord> records = new ArrayList<>();
		List<Integer> truth = new ArrayList<>();
		read(dir.resolve(file), "", records, truth);
		return new LabelledRecords(file, records, toArray(truth), false);
	}

	public static LabelledRecords linkage(Path dir, String fileA, String fileB) throws IOException {
		List<PersonRecord> records = new ArrayList<>();
		List<Integer> truth = new ArrayList<>();
		read(dir.resolve(fileA), "A", records, truth);
		read(dir.resolve(fileB), "B", records, truth);
		return new LabelledRecords(fileA + " + " + fileB, records, toArray(truth), true);
	}

	private static void read(Path file, String source, List<PersonRecord> records, List<Integer> truth) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			boolean header = true;
			for (CsvRecord row : reader) {
				if (header || row.getFieldCount() < 11) {
					header = false;
					continue;
				}
				String id = value(row, 0);
				String street = join(value(row, 3), value(row, 4));
				records.add(new PersonRecord(source + id, source, value(row, 1), value(row, 2), value(row, 9), street,
						value(row, 6), value(row, 8), value(row, 7), value(row, 10)));
				truth.add(Integer.parseInt(id.split("-")[1]));
			}
		}
	}

	private static String value(CsvRecord row, int at) {
		String value = row.getField(at).trim();
		return value.isEmpty() ? null : value;
	}

	private static String join(String number, String street) {
		if (street == null) {
			return number;
		}
		return number == null ? street : number + " " + street;
	}

	private static int[] toArray(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).toArray();
	}
}
