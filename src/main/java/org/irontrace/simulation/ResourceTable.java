package org.irontrace.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Reads one of the simulator's reference tables (src/main/resources/simulation), comments skipped. */
final class ResourceTable {

	private ResourceTable() {
	}

	static List<NamedCsvRecord> read(String name) {
		String path = "/simulation/" + name;
		try (InputStream in = ResourceTable.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + path);
			}
			List<NamedCsvRecord> rows = new ArrayList<>();
			try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
				.commentStrategy(CommentStrategy.SKIP)
				.ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
				reader.forEach(rows::add);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		if (value != null) {
			for (String item : value.split(";")) {
				if (!item.isBlank()) {
					items.add(item.trim());
				}
			}
		}
		return items;
	}
}
