package org.irontrace.federation;

/**
 * What one exchange with a peer did here.
 *
 * @param received records received (a record received again counts again; it is stored once)
 * @param removed records deleted because the agreement they were held under ended
 * @param sent reports of reads of the peer's records delivered to it
 * @param retraced records held here that took the peer's new trace answer (the owner traced the gun again)
 */
public record ExchangeOutcome(long received, long removed, long sent, long retraced) {
}
