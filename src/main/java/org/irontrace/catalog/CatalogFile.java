package org.irontrace.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the catalogue's tab-separated resource files: one row a line, columns separated by
 * tabs, lines starting with {@code #} are comments for the people who keep the lists.
 */
final class CatalogFile {

	private CatalogFile() {
	}

	/** The rows of {@code classpath:catalog/<name>}, each with at least {@code columns} cells. */
	static List<String[]> rows(String name, int columns) {
		String path = "catalog/" + name;
		InputStream in = CatalogFile.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("The catalogue file " + path + " is missing from the classpath");
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.stripLeading().startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length < columns) {
					throw new IllegalStateException(path + " line " + number + ": expected " + columns
							+ " tab-separated columns, found " + cells.length);
				}
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].strip();
				}
				rows.add(cells);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
		return rows;
	}

	/** The aliases of a cell, separated by {@code |}, blanks skipped. */
	static List<String> aliases(String cell) {
		List<String> aliases = new ArrayList<>();
		for (String alias : cell.split("\\|")) {
			if (!alias.isBlank()) {
				aliases.add(alias.strip());
			}
		}
		return aliases;
	}
}
