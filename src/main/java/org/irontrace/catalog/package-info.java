/**
 * What a firearm description means: manufacturer names and their aliases, calibre families,
 * firearm types, and how serial numbers are normalised. Names the catalogue does not know are
 * kept as written and flagged, never rejected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
		allowedDependencies = { "platform" })
package org.irontrace.catalog;
