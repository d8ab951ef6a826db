/**
 * The resolution engine, free of framework code: spelling and phonetic keys, name variants,
 * blocking, comparison levels, the Fellegi-Sunter model and its EM training, clustering.
 * Published as the named interface {@code identity::matching} for {@code resolution-benchmark},
 * which runs the engine on files with known truth and needs no database.
 */
@org.springframework.modulith.NamedInterface("matching")
package org.irontrace.identity.matching;
