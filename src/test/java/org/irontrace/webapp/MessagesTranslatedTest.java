package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.irontrace.access.Role;
import org.irontrace.catalog.FirearmType;
import org.irontrace.trace.TraceReason;
import org.irontrace.trace.TraceStatus;
import org.junit.jupiter.api.Test;

/** Every word of the pages exists in every language, code lists included. */
class MessagesTranslatedTest {

	static final List<String> LANGUAGES = List.of("", "_es", "_en", "_fr");

	/** Every bundle's words in one file per language, keyed by language suffix ("" for the default). */
	final Map<String, Properties> files = LANGUAGES.stream()
		.collect(Collectors.toMap(language -> "messages" + language, MessagesTranslatedTest::loadAllBundles));

	@Test
	void noKeyIsDefinedInTwoBundles() {
		Map<String, String> owner = new java.util.HashMap<>();
		PageLanguages.BUNDLES.forEach(bundle -> load(bundle + "_es").stringPropertyNames()
			.forEach(key -> assertThat(owner.put(key, bundle)).as("key %s in %s and another bundle", key, bundle).isNull()));
	}

	@Test
	void everyKeyOfAnyFileIsTranslatedInEveryOther() {
		Set<String> allKeys = new TreeSet<>();
		files.values().forEach(file -> allKeys.addAll(file.stringPropertyNames()));
		files.forEach((name, file) -> {
			Set<String> missing = new TreeSet<>(allKeys);
			missing.removeAll(file.stringPropertyNames());
			assertThat(missing).as("keys without a translation in %s.properties", name).isEmpty();
			assertThat(file.stringPropertyNames()).as("empty texts in %s", name)
				.allSatisfy(key -> assertThat(file.getProperty(key)).isNotBlank());
		});
	}

	@Test
	void everyCodeOfTheCodeListsHasWords() {
		Stream<String> codes = Stream.of(
				Arrays.stream(TraceStatus.values()).map(status -> "status." + status),
				Arrays.stream(TraceReason.values()).map(reason -> "reason." + reason),
				Arrays.stream(FirearmType.values()).map(type -> "firearmType." + type),
				Arrays.stream(Role.values()).map(role -> "role." + role),
				Arrays.stream(ShortTimeToCrime.values()).map(flag -> "ttc." + flag),
				Arrays.stream(org.irontrace.identity.NameOnlyRule.values()).map(rule -> "explore.matches.nameOnlyRule." + rule),
				Arrays.stream(org.irontrace.imports.Refusal.values()).map(reason -> UploadPages.REFUSAL + reason),
				Stream.of("MANUFACTURED", "IMPORTED", "TRANSFERRED", "ACQUIRED", "SOLD", "STOLEN", "LOST", "EXPORTED")
					.map(event -> "event." + event),
				Stream.of("HOMICIDE", "ASSAULT", "DRUG_TRAFFICKING", "ORGANIZED_CRIME", "WEAPONS_OFFENSE", "FOUND_FIREARM",
						"BORDER_SEIZURE").map(crime -> "crime." + crime))
			.flatMap(stream -> stream);
		assertThat(codes).allSatisfy(key -> assertThat(files.get("messages_es").getProperty(key)).as(key).isNotNull());
	}

	/** In a text with arguments a lone ' starts a quote and swallows the rest: use ’ instead. */
	@Test
	void textsWithArgumentsHoldNoPlainApostrophe() {
		files.forEach((name, file) -> assertThat(file.stringPropertyNames())
			.filteredOn(key -> file.getProperty(key).contains("{0}"))
			.allSatisfy(key -> assertThat(file.getProperty(key)).as(name + ": " + key).doesNotContain("'")));
	}

	private static Properties loadAllBundles(String language) {
		Properties all = new Properties();
		PageLanguages.BUNDLES.forEach(bundle -> all.putAll(load(bundle + language)));
		return all;
	}

	private static Properties load(String name) {
		try (Reader reader = new InputStreamReader(
				MessagesTranslatedTest.class.getResourceAsStream("/i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
