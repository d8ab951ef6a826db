/**
 * The command line of the same jar as the server: {@code serve}, {@code import}, {@code trace} and
 * the other commands, each a thin layer over a module's public service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
		allowedDependencies = { "access", "benchmark", "demo", "federation", "identity", "imports", "platform", "simulation", "trace" })
package org.irontrace.cli;
