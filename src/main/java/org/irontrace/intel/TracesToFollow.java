package org.irontrace.intel;

import org.irontrace.trace.RecoveriesTraced;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;

/**
 * Hands each trace, once its transaction has committed, to the leads' upkeep. The event publication
 * registry keeps a row for it under {@link #LISTENER} from the trace's transaction until the upkeep
 * has brought the recoveries in, and hands it here again at a start if a stop came first.
 * <p>
 * A listener of its own rather than an annotated method: the registry marks an annotated listener's
 * publication "in progress" in a transaction of its own before calling it, which on the trace's
 * thread, still holding the trace's connection, would ask the pool for a second one; under load every
 * request would then wait for a connection only another waiting request could free.
 */
@Component
class TracesToFollow extends TransactionalApplicationListenerAdapter<PayloadApplicationEvent<RecoveriesTraced>> {

	/** The registry's name for this listener: stable, since rows written by one version are read by the next. */
	static final String LISTENER = "irontrace.intel.leads-follow-traces";

	TracesToFollow(LeadUpkeep upkeep) {
		super(event -> upkeep.traced(event.getPayload()));
		setListenerId(LISTENER);
	}
}
