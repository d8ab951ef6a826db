/**
 * The resolution engine, free of framework code: spelling and phonetic keys, name variants,
 * blocking, comparison levels, the Fellegi-Sunter model and its EM training, clustering.
 */
package org.irontrace.identity.matching;
