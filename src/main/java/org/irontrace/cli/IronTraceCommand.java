package org.irontrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line. */
@Command(name = "irontrace", mixinStandardHelpOptions = true, version = "IronTrace 0.1",
		description = "Crime-gun tracing and firearms-trafficking intelligence.",
		subcommands = { CommandLine.HelpCommand.class, ServeCommand.class, ImportCommand.class, TraceCommand.class, AuditCommand.class, KeysCommand.class,
				FederationCommand.class,
				org.irontrace.demo.DemoCommand.class,
				org.irontrace.simulation.SimulateCommand.class, org.irontrace.identity.ResolveCommand.class,
				org.irontrace.benchmark.ResolutionBenchmarkCommand.class, org.irontrace.benchmark.IntelligenceBenchmarkCommand.class,
				org.irontrace.benchmark.ReportBenchmarkCommand.class, org.irontrace.benchmark.PageBenchmarkCommand.class,
				org.irontrace.benchmark.BenchmarkCommand.class,
				org.irontrace.benchmark.TraceResultsBenchmarkCommand.class, org.irontrace.benchmark.LoadBenchmarkCommand.class,
				org.irontrace.benchmark.FederationBenchmarkCommand.class,
				org.irontrace.benchmark.InterdictionBenchmarkCommand.class })
class IronTraceCommand {
}
