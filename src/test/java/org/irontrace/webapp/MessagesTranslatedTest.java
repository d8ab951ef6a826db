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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.irontrace.access.Role;
import org.irontrace.catalog.FirearmType;
import org.irontrace.trace.TraceReason;
import org.irontrace.trace.TraceStatus;
import org.junit.jupiter.api.Test;

/** Every word of the pages exists in every language, code lists included. */
class MessagesTranslatedTest {

	static final List<String> LANGUAGES = List.of("", "_es", "_en", "_fr", "_ht", "_nl");

	/** Words every language writes as English does: names of languages, of the product and of file formats. */
	static final Set<String> NAMES = Set.of("IronTrace", "Español", "English", "Français", "Kreyòl ayisyen", "Nederlands",
			"GraphML", "GEXF (Gephi)");

	/**
	 * Words of Haitian Creole and Dutch spelled as the English word is: true cognates and loan words
	 * the language uses itself (Creole {@code revoke}, Dutch {@code status}, {@code token}), never an
	 * English text left untranslated.
	 */
	static final Map<String, Set<String>> COGNATES = Map.of(
			"_ht", Set.of("Revoke"),
			"_nl", Set.of("Dashboard", "Auditor", "Status", "Model", "Revolver", "Routine", "Incident", "Incident {0}",
					"Filters", "Code", "Code {0}", "Score", "score {0}", "Corridor", "Corridors", "Postcode", "exact",
					"Detail", "Token", "Import"));

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

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

	/** Haitian Creole and Dutch were written after the others: no English text may have been left in them. */
	@Test
	void noCreoleOrDutchTextIsLeftInEnglish() {
		Properties english = files.get("messages_en");
		COGNATES.forEach((language, cognates) -> {
			Properties file = files.get("messages" + language);
			assertThat(file.stringPropertyNames()).as("texts of %s.properties identical to the English", language)
				.filteredOn(key -> file.getProperty(key).equals(english.getProperty(key)))
				.filteredOn(key -> file.getProperty(key).replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter))
				.allSatisfy(key -> assertThat(file.getProperty(key)).as(key).isIn(union(NAMES, cognates)));
		});
	}

	/** A translation shows the figures and names its English shows, no more and no fewer. */
	@Test
	void everyTranslationKeepsTheArgumentsOfTheEnglish() {
		Properties english = files.get("messages_en");
		files.forEach((name, file) -> assertThat(file.stringPropertyNames()).allSatisfy(key -> assertThat(arguments(
				file.getProperty(key))).as(name + ": " + key).isEqualTo(arguments(english.getProperty(key)))));
	}

	/** In a text with arguments a lone ' starts a quote and swallows the rest: use ’ instead. */
	@Test
	void textsWithArgumentsHoldNoPlainApostrophe() {
		files.forEach((name, file) -> assertThat(file.stringPropertyNames())
			.filteredOn(key -> file.getProperty(key).contains("{0}"))
			.allSatisfy(key -> assertThat(file.getProperty(key)).as(name + ": " + key).doesNotContain("'")));
	}

	private static Set<String> arguments(String text) {
		Set<String> arguments = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(text == null ? "" : text);
		while (argument.find()) {
			arguments.add(argument.group(1));
		}
		return arguments;
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> both = new TreeSet<>(one);
		both.addAll(other);
		return both;
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
