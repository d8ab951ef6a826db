package org.irontrace.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishPhoneticTest {

	private static String key(String name) {
		return SpanishPhonetic.key(Spelling.fold(name));
	}

	@Test
	void lettersThatSoundAlikeInSpanishShareAKey() {
		assertThat(key("Hernández")).isEqualTo(key("Ernandes"));
		assertThat(key("Vázquez")).isEqualTo(key("Basques")).isEqualTo(key("Vasquez"));
		assertThat(key("Llanes")).isEqualTo(key("Yanez"));
		assertThat(key("Jiménez")).isEqualTo(key("Giménez")).isEqualTo(key("Ximénez"));
		assertThat(key("Quintero")).isEqualTo(key("Kintero"));
		assertThat(key("Cervantes")).isEqualTo(key("Servantes"));
		assertThat(key("González")).isEqualTo(key("Gonzales"));
		assertThat(key("Guerrero")).isEqualTo(key("Guerero"));
	}

	@Test
	void englishSpellingsFoldToo() {
		assertThat(key("Smith")).isEqualTo(key("Smyth"));
		assertThat(key("Philips")).isEqualTo(key("Filips"));
		assertThat(key("Knight")).isEqualTo(key("Night"));
		assertThat(key("Catherine")).isEqualTo(key("Katherine"));
	}

	@Test
	void differentNamesKeepDifferentKeys() {
		assertThat(key("García")).isNotEqualTo(key("Gómez"));
		assertThat(key("López")).isNotEqualTo(key("Pérez"));
		assertThat(key("Gerardo")).isNotEqualTo(key("Guerrero"));
	}

	@Test
	void emptyAndMissingNamesHaveAnEmptyKey() {
		assertThat(SpanishPhonetic.key(null)).isEmpty();
		assertThat(SpanishPhonetic.key("")).isEmpty();
	}
}
