package org.irontrace.webapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the trace form offers while an analyst types a maker, importer or calibre: the catalogue's
 * names and the other ways people write them ({@code S&W}, {@code SMITH Y WESSON}), read once from
 * the catalogue's own lists. Choosing is a help, never a constraint: any name may be typed, and the
 * catalogue reads it on submit.
 */
@Component
class GunPickerLists {

	/** One choice of a picker: what goes into the field, and the canonical name shown beside it. */
	record Choice(String value, String canonical) {
	}

	private final List<Choice> makers = read("catalog/manufacturers.tsv", 3);

	private final List<Choice> calibres = read("catalog/calibres.tsv", 1);

	List<Choice> makers() {
		return makers;
	}

	List<Choice> calibres() {
		return calibres;
	}

	/** The first column of each row and the aliases of column {@code aliasColumn}, each tied to the first. */
	private static List<Choice> read(String resource, int aliasColumn) {
		List<Choice> choices = new ArrayList<>();
		InputStream in = GunPickerLists.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			return choices;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.stripLeading().startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				String canonical = cells[0].strip();
				choices.add(new Choice(canonical, canonical));
				if (cells.length > aliasColumn) {
					for (String alias : cells[aliasColumn].split("\\|")) {
						if (!alias.isBlank()) {
							choices.add(new Choice(alias.strip(), canonical));
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(choices);
	}
}
