package org.irontrace.federation;

import org.irontrace.recovery.Recovery;
import org.irontrace.trace.TraceResult;

/**
 * A record another installation's agency granted at FULL, found for a person: the recovery (its
 * possessor) and the first retail purchaser its owner's trace found, either of whom may be the person
 * looked for. Read-only, held by its owner ({@code recovery().agency()} is {@code NAME:AGENCY}).
 *
 * @param purchaser null when the owner did not trace the gun to a purchaser or grants no traces
 */
public record ForeignEvidence(Recovery recovery, TraceResult.Purchaser purchaser) {
}
