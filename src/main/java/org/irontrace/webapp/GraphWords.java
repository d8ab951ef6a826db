package org.irontrace.webapp;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The words the link graph's script writes (kinds of node and tie, messages), in the reader's
 * language: every key of the graph bundle under {@code graph.js.}, handed to the script as JSON so
 * that no visible word lives in JavaScript.
 */
final class GraphWords {

	static final String PREFIX = "graph.js.";

	private static final List<String> KEYS = keys();

	private GraphWords() {
	}

	/** Keys without their prefix, each with its words in this language. */
	static Map<String, String> in(Locale locale, MessageSource messages) {
		Map<String, String> words = new TreeMap<>();
		KEYS.forEach(key -> words.put(key.substring(PREFIX.length()), messages.getMessage(key, null, key, locale)));
		return words;
	}

	private static List<String> keys() {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource("i18n/graph.properties").getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX)).sorted().toList();
	}
}
