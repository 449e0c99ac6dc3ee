package kz.police.lps.core.api.org;

/** How an officer's name is written: in full in records and reports, briefly in shell tables. */
public final class OfficerNames {

    private OfficerNames() {
    }

    /** Surname, name and patronymic (Т.А.Ж.), as written in orders and statements. */
    public static String full(Officer o) {
        return join(o.surname(), o.name(), o.patronymic());
    }

    /** Surname, name and patronymic from their parts; blank parts left out. */
    public static String join(String surname, String name, String patronymic) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {surname, name, patronymic}) {
            if (part != null && !part.isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return b.toString();
    }

    /** Surname and initial with the personnel number, e.g. {@code Шәріпов А. (DM-000109)}. */
    public static String brief(Officer o) {
        String initial = o.name() == null || o.name().isBlank() ? "" : " " + o.name().strip().charAt(0) + ".";
        return o.surname() + initial + " (" + o.personnelNumber() + ")";
    }
}
