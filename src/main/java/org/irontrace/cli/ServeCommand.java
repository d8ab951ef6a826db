package org.irontrace.cli;

import picocli.CommandLine.Command;

/** Documents {@code serve} in the help; the server itself is started before picocli is reached. */
@Command(name = "serve", description = "Start the IronTrace server (the default without a command).")
class ServeCommand implements Runnable {

	@Override
	public void run() {
		// Never reached: CommandLineEntry starts the server for this word.
	}
}
