package org.irontrace.demo;

import java.util.List;

/**
 * What removing the demo world did: whether there was one to remove, the agencies removed with it,
 * and the data of others that was kept (only when the removal was forced).
 */
public record DemoRemoved(boolean removed, List<String> agencies, List<String> kept) {
}
