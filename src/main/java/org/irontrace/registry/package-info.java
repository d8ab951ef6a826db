/**
 * The recovering countries' own firearm registries: guns lawfully held by people, security
 * companies, dealers, police and armed forces. A recovered gun found in its country's registry was
 * diverted at home (stolen, lost, sold on) rather than trafficked from abroad. The registry is read
 * by firearm identity only, through {@link org.irontrace.registry.DomesticRegistry} or, in other
 * modules' SQL, the published function {@code registry_match}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Domestic registry",
		allowedDependencies = { "access", "catalog", "imports", "platform" })
package org.irontrace.registry;
