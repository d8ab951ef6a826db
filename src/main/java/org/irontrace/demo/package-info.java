/**
 * The demo world a new installation starts with, so a first user sees a living system: loaded on
 * the server's first start unless {@code IRONTRACE_DEMO=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world",
		allowedDependencies = { "access", "commerce", "identity", "imports", "intel", "platform", "recovery", "simulation", "trace" })
package org.irontrace.demo;
