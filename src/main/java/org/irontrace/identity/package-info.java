/**
 * Entity resolution of people: which retail purchasers and possessors are the same person.
 * Records are blocked on several keys, scored pair by pair with a Fellegi-Sunter model whose
 * weights are learnt from the data, clustered into people, and every link can be explained.
 * Analysts' judgements (same / not the same) are kept and honoured by every later resolution.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "access", "platform" })
package org.irontrace.identity;
