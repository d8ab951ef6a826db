package org.irontrace.interdiction;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reason in the officer's language ({@code i18n/interdiction_*.properties}): the sentence of its
 * code with its figures, declared goods named in words. Shared by the API and the pages.
 */
@Component
public class ReasonWords {

	private final MessageSource messages;

	ReasonWords(MessageSource messages) {
		this.messages = messages;
	}

	public String says(Target.Reason reason, Locale locale) {
		Object[] figures = reason.figures().stream().map(figure -> goodsInWords(figure, locale)).toArray();
		return messages.getMessage("interdiction.reason." + reason.code(), figures, reason.code(), locale);
	}

	private Object goodsInWords(Object figure, Locale locale) {
		if (figure instanceof String name) {
			for (DeclaredGoods goods : DeclaredGoods.values()) {
				if (goods.name().equals(name)) {
					return messages.getMessage("interdiction.goods." + name, null, name, locale);
				}
			}
		}
		return figure;
	}
}
