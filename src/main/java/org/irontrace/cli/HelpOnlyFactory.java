package org.irontrace.cli;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Comparator;

import picocli.CommandLine;

/**
 * Makes the commands for printing their usage only, without IronTrace's services: a command that is
 * asked for {@code --help} never runs, so its services may be missing, and starting the database
 * (or the server) to describe a command would make a user wait for nothing. Every command's
 * constructor only keeps the services it is given, so null stands in for each.
 */
final class HelpOnlyFactory implements CommandLine.IFactory {

	@Override
	public <K> K create(Class<K> type) throws Exception {
		Constructor<?> widest = Arrays.stream(type.getDeclaredConstructors())
			.max(Comparator.comparingInt(Constructor::getParameterCount))
			.orElse(null);
		if (widest == null || widest.getParameterCount() == 0) {
			return CommandLine.defaultFactory().create(type);
		}
		widest.setAccessible(true);
		Object[] nothing = Arrays.stream(widest.getParameterTypes()).map(HelpOnlyFactory::nothingOf).toArray();
		return type.cast(widest.newInstance(nothing));
	}

	private static Object nothingOf(Class<?> parameter) {
		if (!parameter.isPrimitive()) {
			return null;
		}
		return parameter == boolean.class ? Boolean.FALSE : parameter == char.class ? Character.valueOf('\0')
				: java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(parameter, 1), 0);
	}
}
