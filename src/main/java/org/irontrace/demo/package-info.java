/**
 * The demo world a new installation starts with, so a first user sees a living system: loaded on
 * the server's first start unless {@code IRONTRACE_DEMO=false}, marked as invented on every page and
 * file, never published, and removed with {@code irontrace demo remove}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world",
		allowedDependencies = { "access", "commerce", "identity", "imports", "intel", "interdiction", "network", "platform", "recovery", "registry", "simulation", "trace" })
package org.irontrace.demo;
