package org.irontrace.intel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The server's start runs the full refresh the last run (or a migration that changed a rule of the
 * graph) left due. A command-line run does not: it would start a refresh it then waits for at exit.
 */
@Component
@ConditionalOnWebApplication
class FullRefreshAtStart {

	private final LeadUpkeep upkeep;

	FullRefreshAtStart(LeadUpkeep upkeep) {
		this.upkeep = upkeep;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		upkeep.fullRefreshIfDue();
	}
}
