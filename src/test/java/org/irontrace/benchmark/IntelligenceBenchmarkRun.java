package org.irontrace.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/**
 * Runs {@code intel-benchmark} inside the test context, for machines where the command is not yet
 * registered with the command line: {@code -Dintel.benchmark.seed=N -Dintel.benchmark.firearms=M}.
 * Not a test: it prints figures and is skipped unless asked for.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "intel.benchmark.seed", matches = "\\d+")
class IntelligenceBenchmarkRun {

	final ApplicationContext context;

	@Autowired
	IntelligenceBenchmarkRun(ApplicationContext context) {
		this.context = context;
	}

	@Test
	void run() {
		IntelligenceBenchmarkCommand command = context.getAutowireCapableBeanFactory().createBean(IntelligenceBenchmarkCommand.class);
		new CommandLine(command).execute("--seed", System.getProperty("intel.benchmark.seed"), "--firearms",
				System.getProperty("intel.benchmark.firearms", "100000"));
	}
}
