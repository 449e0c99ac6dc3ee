package kz.police.lps.core.api.person;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name rules shared by every module: which letters a Kazakh or Russian name may hold, and the letter-variant
 * folding that lets a search for "Нурлан" find "Нұрлан".
 */
public final class Names {

    /** Cyrillic letters of the Russian and Kazakh alphabets, plus the hyphen, apostrophe and space. */
    private static final Pattern NAME = Pattern.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+([ '\\-][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*");

    private static final String FROM = "іұүқөәғңһёй";
    private static final String TO = "иуукоагнхеи";

    private Names() {
    }

    public static boolean isValidName(String s) {
        return s != null && NAME.matcher(s).matches();
    }

    /**
     * Lower-cases and folds the Kazakh letters to their nearest Russian ones (і→и, ұ→у, ү→у, қ→к, ө→о, ә→а, ғ→г,
     * ң→н, һ→х) and ё→е, й→и; collapses white space. Two spellings of one name fold to the same key.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String lower = s.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            int k = FROM.indexOf(c);
            out.append(k >= 0 ? TO.charAt(k) : c);
        }
        return out.toString();
    }
}
