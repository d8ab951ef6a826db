package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.platform.Wording;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence keeps its sentence as a code and figures through the database's JSON, and evidence
 * stored before codes were kept still reads, with its English only.
 */
class EvidenceWordingTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theCodeAndFiguresSurviveStorage() {
		Evidence written = Evidence.of("RING_MEMBER", "linked to a ring of 3 purchasers and 4 crime guns", List.of("R-1"),
				Wording.of("RING_MEMBER", 3, 4));
		Evidence read = json.readValue(json.writeValueAsString(written), Evidence.class);
		assertThat(read.wording()).isEqualTo(new Wording("RING_MEMBER", List.of(3, 4)));
		assertThat(read.says()).isEqualTo(written.says());
		assertThat(json.writeValueAsString(written)).as("the API keeps its fields and adds code and args")
			.contains("\"indicator\":", "\"says\":", "\"records\":", "\"code\":\"RING_MEMBER\"", "\"args\":[3,4]")
			.doesNotContain("wording");
	}

	@Test
	void evidenceStoredBeforeCodesReadsWithItsEnglishOnly() {
		Evidence old = json.readValue("{\"indicator\":\"CORRIDOR\",\"says\":\"guns travelled TX -> MX (3)\",\"records\":[]}",
				Evidence.class);
		assertThat(old.says()).isEqualTo("guns travelled TX -> MX (3)");
		assertThat(old.wording()).isNull();
	}

	@Test
	void aNestedWordingComesBackAsItsFields() {
		Evidence written = Evidence.of("RING_FOUND_WITH", "2 link(s): ...", List.of("R-1"),
				Wording.of("RING_LINKS", 2, Wording.of("link.FOUND_WITH")));
		Evidence read = json.readValue(json.writeValueAsString(written), Evidence.class);
		assertThat(read.args().get(1)).isEqualTo(Map.of("code", "link.FOUND_WITH", "args", List.of()));
	}
}
