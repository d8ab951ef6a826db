package org.irontrace.identity;

import java.time.Instant;

/**
 * An analyst's decision that two records are the same person or not. Judgements outrank every
 * score: "same" joins the two people, "not the same" keeps them apart for good.
 */
public record Judgement(String recordA, String recordB, boolean same, String note, Instant judgedAt) {
}
