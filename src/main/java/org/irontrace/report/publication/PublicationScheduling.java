package org.irontrace.report.publication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the monthly publication run. Off with {@code irontrace.reports.scheduling=false} (the
 * command-line runs and tests that must not publish on their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "irontrace.reports.scheduling", havingValue = "true", matchIfMissing = true)
class PublicationScheduling {
}
