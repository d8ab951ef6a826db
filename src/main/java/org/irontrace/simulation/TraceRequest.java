package org.irontrace.simulation;

/**
 * One recovered gun as its agency submits it to the US tracing centre (Form 3312.1), with what the
 * centre can find behind it: the gun's US custody chain, or why there is none.
 *
 * @param seen the gun as the agency described it on the request
 * @param gun the true gun and what the ledger recorded of it
 * @param pathway how the gun reached the recovering country, which decides what the centre can find
 */
record TraceRequest(String agency, String recoveryId, String country, int recoveryDay, FirearmDescription seen, Gun gun,
		Pathway pathway) {

	/** How a recovered gun left lawful hands, as far as the US tracing centre is concerned. */
	enum Pathway {

		/** Made in or imported into the US and diverted there: the ledger holds its chain. */
		US_COMMERCE,
		/** Made abroad and never imported into the US: no US record at all. */
		FOREIGN_NEVER_IMPORTED,
		/** A US-made gun exported lawfully to the recovering country: the maker's records end at the export. */
		LAWFUL_EXPORT,
		/** Exported so long ago that the maker no longer keeps the records. */
		LAWFUL_EXPORT_BEFORE_RECORDS
	}
}
