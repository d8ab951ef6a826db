/**
 * The analyst's web application: pages rendered on the server in Spanish, English or French, with
 * a signed-in session and CSRF tokens on every form. It reads and traces through the public facades
 * of the other modules, so what a page shows is exactly what the API would answer the same caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web application",
		allowedDependencies = { "access", "catalog", "commerce", "demo", "federation", "identity", "imports", "incident", "intel", "interdiction", "network", "platform", "recovery", "report", "trace" })
package org.irontrace.webapp;
