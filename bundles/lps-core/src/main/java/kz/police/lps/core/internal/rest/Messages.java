package kz.police.lps.core.internal.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Error and problem messages in Kazakh ({@code messages.properties}), Russian and English. A code without a message
 * is shown as the code itself, so a unit's own codes still read sensibly.
 */
public final class Messages {

    private static final String BUNDLE = "kz.police.lps.core.internal.rest.messages";

    private Messages() {
    }

    public static String get(Locale locale, String code, List<Object> args) {
        return get(locale, code, args, null);
    }

    /** As {@link #get(Locale, String, List)}, falling back to the units' own messages for a code the core lacks. */
    public static String get(Locale locale, String code, List<Object> args, UnitMessages units) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(code);
            return new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            if (units != null) {
                java.util.Optional<String> pattern = units.pattern(locale, code);
                if (pattern.isPresent()) {
                    return new MessageFormat(pattern.get(), locale).format(args.toArray());
                }
            }
            return args.isEmpty() ? code : code + " " + args;
        }
    }
}
