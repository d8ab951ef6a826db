package org.irontrace.imports;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The header row of an imported file: column names to positions. A missing required column or a
 * column named twice refuses the whole file (line 1); an unknown column is ignored with a warning,
 * as FORMATS.md says.
 */
final class CsvHeader {

	private CsvHeader() {
	}

	static Map<String, Integer> read(CsvRecord headerRecord, CsvImporter importer, List<String> warnings) {
		Map<String, Integer> header = new HashMap<>();
		Set<String> known = new LinkedHashSet<>(importer.columns());
		for (int i = 0; i < headerRecord.getFieldCount(); i++) {
			String name = headerRecord.getField(i).trim();
			if (header.putIfAbsent(name, i) != null) {
				throw new ImportRejectedException(Refusal.DUPLICATE_COLUMN.at(1, name));
			}
			if (!known.contains(name)) {
				warnings.add("line 1: unknown column '" + name + "' is ignored");
			}
		}
		for (String required : importer.requiredColumns()) {
			if (!header.containsKey(required)) {
				throw new ImportRejectedException(Refusal.MISSING_COLUMN.at(1, required));
			}
		}
		return header;
	}
}
