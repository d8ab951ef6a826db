package org.irontrace.identity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists kept as resources: {@code FORM: other, other}, {@code #} starts a comment. */
final class WordList {

	private WordList() {
	}

	/** Each line as its folded words, the first being the form the others are read as. */
	static List<List<String>> read(String resource) {
		List<List<String>> lines = new ArrayList<>();
		try (InputStream in = WordList.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> words = new ArrayList<>();
				for (String part : line.replace(':', ',').split(",")) {
					String folded = Spelling.fold(part);
					if (folded != null) {
						words.add(folded);
					}
				}
				lines.add(words);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}
}
