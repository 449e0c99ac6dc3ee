package kz.police.lps.core.api.i18n;

/** An enumeration value with its Kazakh, Russian and English labels. */
public interface Labelled {

    String name();

    LocalizedText label();
}
