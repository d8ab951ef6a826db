package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

	@Test
	void smallIsTheDemoWorld() {
		assertThat(SimulationSettings.small(5)).isEqualTo(new SimulationSettings(5, 20_000, 2015, 2024));
	}

	@Test
	void rejectsImpossibleWorlds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 0, 2015, 2024));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 10, 2024, 2015));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 10, 1950, 2024));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 10, 1970, 2024));
	}

	@Test
	void aOneYearWorldOfOneGunIsStillWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
		SimulationSummary summary = new IronRiverSimulator().writeWorld(new SimulationSettings(1, 1, 2020, 2020), temp,
				done -> {
				});
		assertThat(summary.firearms()).isEqualTo(1);
	}
}
