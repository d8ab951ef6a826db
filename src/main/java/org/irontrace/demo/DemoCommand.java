package org.irontrace.demo;

import java.util.concurrent.Callable;

import org.irontrace.platform.ConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code irontrace demo remove [--force]}: takes the invented demo world out of the installation. */
@Command(name = "demo", description = "Work with the invented demo world.", subcommands = DemoCommand.Remove.class)
public class DemoCommand {

	@Command(name = "remove", description = "Remove the demo world: its agencies and all they hold, its ledger, people, graph and leads.")
	static class Remove implements Callable<Integer> {

		@Option(names = "--force", description = "remove it even though other agencies or users hold data (theirs is kept)")
		boolean force;

		private final DemoRemoval removal;

		Remove(DemoRemoval removal) {
			this.removal = removal;
		}

		@Override
		public Integer call() {
			try {
				DemoRemoved removed = removal.removeAsInstallation(force);
				if (!removed.removed()) {
					System.out.println("This installation holds no demo world: nothing to remove");
					return 0;
				}
				System.out.printf("Demo world removed: %d agencies and all they held, its ledger, people, graph and leads%n",
						removed.agencies().size());
				removed.kept().forEach(kept -> System.out.println("kept: " + kept));
				return 0;
			}
			catch (ConflictException refused) {
				System.out.println("Not removed. " + refused.getMessage() + " (--force)");
				return 1;
			}
		}
	}
}
