package org.irontrace.cli;

import java.util.concurrent.Callable;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.AuditVerification;
import picocli.CommandLine.Command;

/**
 * {@code irontrace audit verify}: checks that no audit entry was altered, removed or reordered, and
 * that the newest entries were not cut off (against the checkpoints kept outside the database).
 */
@Command(name = "audit", description = "Work with the audit trail.", subcommands = AuditCommand.Verify.class)
class AuditCommand {

	@Command(name = "verify", description = "Check every seal of the audit trail.")
	static class Verify implements Callable<Integer> {

		private final AuditTrail audit;

		Verify(AuditTrail audit) {
			this.audit = audit;
		}

		@Override
		public Integer call() {
			AuditVerification verification = audit.verify();
			verification.checkpoints().forEach(said -> System.out.println("checkpoint: " + said));
			if (verification.intact()) {
				System.out.printf("audit trail intact: %,d entries, every seal matches%n", verification.entries());
				return 0;
			}
			System.out.printf("audit trail BROKEN at entry %d: %s (%,d entries read)%n", verification.brokenAt(),
					verification.problem(), verification.entries());
			return 1;
		}
	}
}
