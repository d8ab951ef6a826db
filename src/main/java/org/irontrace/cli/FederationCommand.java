package org.irontrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import org.irontrace.access.Caller;
import org.irontrace.access.Role;
import org.irontrace.federation.KeyRotation;
import org.irontrace.federation.Peer;
import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.DatabaseHolders;
import org.irontrace.platform.NotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code irontrace federation rotate-key} and {@code irontrace federation peer-key}: the key rotation of
 * {@code POST /api/v1/federation/self/rotate-key} and {@code PUT /api/v1/federation/peers/{name}/key}
 * for operators at the server's console, audited under the operating-system user as the installation's
 * operator. Rotating this installation's own key refuses while a server runs on the same data, since
 * the server keeps signing with the key it loaded; stop it, rotate, start it (or call the HTTP endpoint).
 */
@Command(name = "federation", description = "Work with this installation's signing key and its peers' keys.",
		subcommands = { FederationCommand.RotateKey.class, FederationCommand.PeerKey.class })
class FederationCommand {

	/** The operator at the console, as the audit trail names them. */
	static Caller consoleOperator() {
		return new Caller(System.getProperty("user.name"), "IRONTRACE", Set.of(Role.ADMIN));
	}

	@Command(name = "rotate-key", description = "Make a new signing key pair; the old one signs beside it for a grace.")
	static class RotateKey implements Callable<Integer> {

		@Option(names = "--old-key-valid-minutes", paramLabel = "MINUTES",
				description = "How long the old key still signs beside the new one (0 to " + KeyRotation.MOST_MINUTES
						+ "; default a week).")
		Long oldKeyValidMinutes;

		private final KeyRotation rotation;

		private final DatabaseHolders holders;

		RotateKey(KeyRotation rotation, DatabaseHolders holders) {
			this.rotation = rotation;
			this.holders = holders;
		}

		@Override
		public Integer call() {
			long others = holders.othersConnected();
			if (others > 0) {
				System.err.printf("Another IronTrace process (a server or a command) holds %d connections to the database:"
						+ " stop it, then rotate the key (or use POST /api/v1/federation/self/rotate-key on the server).%n",
						others);
				return 1;
			}
			try {
				KeyRotation.Rotated rotated = rotation.rotateOwnKey(consoleOperator(), oldKeyValidMinutes);
				System.out.printf("installation %s has a new signing key; the old one signs beside it until %s%n"
						+ "give this public key to the peers' operators:%n%s%n", rotated.name(),
						rotated.previousKeySignsUntil(), rotated.publicKey());
				return 0;
			}
			catch (BadRequestException wrong) {
				System.err.println(wrong.getMessage());
				return 2;
			}
		}
	}

	@Command(name = "peer-key", description = "Take a peer's new public key after it rotated its own.")
	static class PeerKey implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "PEER", description = "The peer's name.")
		String peer;

		@ArgGroup(exclusive = true, multiplicity = "1")
		NewKey key;

		@Option(names = "--old-key-valid-minutes", paramLabel = "MINUTES",
				description = "How long the peer's old key is still trusted (0 refuses it at once; default a week).")
		Long oldKeyValidMinutes;

		private final KeyRotation rotation;

		PeerKey(KeyRotation rotation) {
			this.rotation = rotation;
		}

		@Override
		public Integer call() throws IOException {
			String publicKey = key.text != null ? key.text : Files.readString(key.file);
			try {
				Peer replaced = rotation.replacePeerKey(consoleOperator(), peer, publicKey, oldKeyValidMinutes);
				System.out.printf("peer %s: new key taken; its old key is trusted until %s%n", replaced.name(),
						replaced.previousKeyUntil());
				return 0;
			}
			catch (BadRequestException | NotFoundException wrong) {
				System.err.println(wrong.getMessage());
				return 2;
			}
		}
	}

	/** The peer's new public key, as text or in a file (base64 or PEM, as its /api/v1/federation/self gives it). */
	static class NewKey {

		@Option(names = "--key", paramLabel = "PUBLIC_KEY", required = true, description = "The new public key.")
		String text;

		@Option(names = "--key-file", paramLabel = "FILE", required = true, description = "A file holding the new public key.")
		Path file;
	}
}
