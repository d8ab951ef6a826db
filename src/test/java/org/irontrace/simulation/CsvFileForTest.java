package org.irontrace.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Reads a written CSV back, strictly (a malformed row fails the test). */
final class CsvFileForTest {

	private CsvFileForTest() {
	}

	static List<NamedCsvRecord> read(Path file) {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
			List<NamedCsvRecord> rows = new ArrayList<>();
			reader.forEach(rows::add);
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> header(Path file) {
		List<NamedCsvRecord> rows = read(file);
		return rows.isEmpty() ? List.of() : rows.get(0).getHeader();
	}
}
