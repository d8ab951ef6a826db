package org.irontrace.cli;

import java.util.concurrent.Callable;

import org.irontrace.access.AuditTrail;
import org.irontrace.platform.DatabaseHolders;
import org.irontrace.platform.PersonalDataKeyRotation;
import picocli.CommandLine.Command;

/**
 * {@code irontrace keys rotate}: seals all personal data under a new key version and retires the
 * old key. It refuses while a server or another command is connected to the database, since their
 * connections would go on sealing under the old key; stop the server, rotate, start it again.
 */
@Command(name = "keys", description = "Work with the keys of the key folder.", subcommands = KeysCommand.Rotate.class)
class KeysCommand {

	static final String ROTATED = "PERSONAL_KEY_ROTATED";

	@Command(name = "rotate", description = "Seal all personal data under a new key and retire the old one.")
	static class Rotate implements Callable<Integer> {

		private final PersonalDataKeyRotation rotation;

		private final DatabaseHolders holders;

		private final AuditTrail audit;

		Rotate(PersonalDataKeyRotation rotation, DatabaseHolders holders, AuditTrail audit) {
			this.rotation = rotation;
			this.holders = holders;
			this.audit = audit;
		}

		@Override
		public Integer call() {
			long others = holders.othersConnected();
			if (others > 0) {
				System.err.printf("Another IronTrace process (a server or a command) holds %d connections to the database:"
						+ " stop it, then rotate the key.%n", others);
				return 1;
			}
			PersonalDataKeyRotation.Outcome outcome = rotation.rotate(System.out::println);
			audit.record(System.getProperty("user.name"), "IRONTRACE", ROTATED, "personal-data key version " + outcome.version(),
					String.format("%,d values sealed again; retired key versions %s", outcome.resealed(), outcome.retired()));
			System.out.printf("personal data sealed under key version %d: %,d values sealed again, key versions %s retired%n",
					outcome.version(), outcome.resealed(), outcome.retired());
			return 0;
		}
	}
}
