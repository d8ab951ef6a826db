package org.irontrace.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import org.irontrace.catalog.Calibre;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.Manufacturer;

/**
 * What the catalogue cannot place in a recoveries file, found before anything of it is recorded: a
 * firearm type, maker or calibre it does not know. FORMATS lets an agency describe a gun in its own
 * words, so the API records such rows as written; the upload page lists them first, by line, so that
 * the analyst corrects the file or records them anyway knowingly (a maker the catalogue cannot place
 * keeps the trace from finding the gun; a type it cannot place is left out of the figures by type).
 */
final class UploadCatalogueCheck {

	private static final int LONGEST_LINE = 64 * 1024;

	private static final int MOST_FIELDS = 1_024;

	/** Rows listed on the page; the rest are counted. */
	static final int LISTED = 100;

	/** The columns checked, in the order a row's doubts are listed. */
	static final List<String> COLUMNS = List.of("firearm_type", "manufacturer", "importer", "caliber");

	/** One value the catalogue cannot place: the file's line, the column, the value as written. */
	record Doubt(long line, String column, String value) {
	}

	/** The first {@link #LISTED} doubts and how many there are in all. */
	record Findings(List<Doubt> listed, long total) {

		public boolean any() {
			return total > 0;
		}

		public boolean truncated() {
			return total > listed.size();
		}
	}

	private UploadCatalogueCheck() {
	}

	/** Reads the whole file once, streaming; a file the import itself would refuse has no doubts here. */
	static Findings of(Path file, Catalog catalog) {
		List<Doubt> listed = new ArrayList<>();
		long total = 0;
		// Bounded as the import bounds a file (a line of at most 64 KiB, 1,024 fields), so a hostile
		// upload cannot make the check hold more than the import would.
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.detectBomHeader(true)
			.maxBufferSize(LONGEST_LINE)
			.build(CsvRecordHandler.of(limits -> limits.maxFieldSize(LONGEST_LINE).maxRecordSize(LONGEST_LINE).maxFields(MOST_FIELDS)),
					file, StandardCharsets.UTF_8)) {
			Map<String, Integer> columns = null;
			for (CsvRecord row : reader) {
				if (columns == null) {
					columns = header(row);
					continue;
				}
				for (String column : COLUMNS) {
					String value = value(row, columns.get(column));
					if (value != null && !placed(catalog, column, value)) {
						total++;
						if (listed.size() < LISTED) {
							listed.add(new Doubt(row.getStartingLineNumber(), column, value));
						}
					}
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		catch (RuntimeException malformed) {
			// A quote never closed or an overlong line: the import refuses the file and says where.
			return new Findings(List.of(), 0);
		}
		return new Findings(List.copyOf(listed), total);
	}

	private static boolean placed(Catalog catalog, String column, String value) {
		return switch (column) {
			case "firearm_type" -> catalog.firearmType(value).isPresent();
			case "caliber" -> {
				Calibre calibre = catalog.calibre(value);
				yield calibre == null || calibre.known();
			}
			default -> {
				Manufacturer maker = catalog.manufacturer(value);
				yield maker == null || maker.known();
			}
		};
	}

	private static Map<String, Integer> header(CsvRecord row) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < row.getFieldCount(); i++) {
			columns.put(row.getField(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
		}
		return columns;
	}

	private static String value(CsvRecord row, Integer at) {
		if (at == null || at >= row.getFieldCount()) {
			return null;
		}
		String value = row.getField(at).trim();
		return value.isEmpty() ? null : value;
	}
}
