package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;

/** The passport entry a handover writes (L348-349), in Kazakh with the Russian terms, as the passport is kept. */
final class HandoverText {

    private HandoverText() {
    }

    static String of(HandoverEntity h, Officer incoming, Officer outgoing) {
        StringBuilder b = new StringBuilder();
        b.append("Учаскені қабылдау-тапсыру / приём-передача участка: ").append(h.getHandedOverOn()).append('\n');
        b.append("Қабылдады / принял: ").append(name(incoming)).append('\n');
        if (outgoing != null) {
            b.append("Тапсырды / сдал: ").append(name(outgoing)).append('\n');
        }
        b.append("Қатысты / присутствовал: ").append(h.getWitnessRole().label().kk()).append(" / ")
                .append(h.getWitnessRole().label().ru()).append(", ").append(h.getWitnessName()).append('\n');
        if (h.getAppointmentOrderNumber() != null) {
            b.append("Тағайындау туралы бұйрық / приказ о закреплении: № ").append(h.getAppointmentOrderNumber())
                    .append(", ").append(h.getAppointmentOrderDate()).append('\n');
        }
        line(b, "Таныстырылды (шекаралар, ерекшеліктер, жедел жағдай) / ознакомлен", h.getFamiliarisation());
        line(b, "Лауазымды адамдармен таныстырылды / представлен должностным лицам", h.getOfficialsIntroduced());
        line(b, "Ескертпелер / примечания", h.getNotes());
        String text = b.toString().strip();
        return text.length() <= 8000 ? text : text.substring(0, 7997) + "...";
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null) {
            b.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String name(Officer o) {
        return (o.rank() == null ? "" : o.rank() + " ") + OfficerNames.full(o) + " (" + o.personnelNumber() + ")";
    }
}
