package org.irontrace.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which index plan a serial reading gets. */
class SerialShapeQueryTest {

	@Test
	void aWholeSerialIsOneEqualityLookUp() {
		assertThat(SerialShapeQuery.of("A12345").condition()).isEqualTo("serial_shape = :shape");
	}

	@Test
	void aReadableBeginningBoundsARangeScan() {
		SerialShapeQuery query = SerialShapeQuery.of("ABC4?6?8");
		assertThat(query.condition()).isEqualTo("serial_shape LIKE :pattern");
		assertThat(query.parameters()).containsEntry("pattern", "ABC4_6_8");
	}

	@Test
	void aReadableEndUsesTheReversedShapes() {
		SerialShapeQuery query = SerialShapeQuery.of("?B?D5678");
		assertThat(query.condition()).startsWith("reverse(serial_shape) LIKE :reversed");
		assertThat(query.parameters()).containsEntry("reversed", "8765D_B_");
	}

	@Test
	void twoUnreadableCharactersNearBothEndsAreEnumerated() {
		SerialShapeQuery query = SerialShapeQuery.of("A?CDEF?H");
		assertThat(query.condition()).isEqualTo("serial_shape = ANY(:shapes)");
		assertThat((String[]) query.parameters().get("shapes")).hasSize(31 * 31).contains("A0CDEF9H", "AYCDEFAH");
	}

	@Test
	void likeWildcardsInASerialAreTakenLiterally() {
		assertThat(SerialShapeQuery.likePattern("A_%\\?")).isEqualTo("A\\_\\%\\\\_");
	}
}
