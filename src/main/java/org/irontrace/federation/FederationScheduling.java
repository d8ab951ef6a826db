package org.irontrace.federation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled exchanges with every peer. Off with {@code irontrace.federation.scheduling=false}
 * (tests that exchange when they say so).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "irontrace.federation.scheduling", havingValue = "true", matchIfMissing = true)
class FederationScheduling {
}
