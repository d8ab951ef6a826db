package org.irontrace.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Lets picocli commands receive IronTrace's services by constructor injection. */
final class SpringCommandFactory implements CommandLine.IFactory {

	private final ApplicationContext context;

	SpringCommandFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		try {
			return context.getAutowireCapableBeanFactory().createBean(type);
		}
		catch (Exception e) {
			return CommandLine.defaultFactory().create(type);
		}
	}
}
