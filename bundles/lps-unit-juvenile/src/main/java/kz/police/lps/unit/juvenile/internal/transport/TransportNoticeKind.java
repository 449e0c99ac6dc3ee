package kz.police.lps.unit.juvenile.internal.transport;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What a transport inspector notifies the JAU at the minor's place of residence of, within 3 working days (WF-J14). */
public enum TransportNoticeKind implements Labelled {
    RUNAWAY_FOUND(new LocalizedText(
            "көліктегі қашқын бала (ата-анасына берілді не КБО-ға жіберілді)",
            "ребёнок, самовольно ушедший, выявлен на транспорте (передан родителям или направлен в ЦАН)",
            "a runaway child found on a transport facility (handed over or placed)"),
            "juvenile.transport.runaway-notice-deadline"),
    OFFENCE_ON_TRANSPORT(new LocalizedText(
            "кәмелетке толмағанның көлік объектісіндегі құқық бұзушылығы",
            "правонарушение несовершеннолетнего на объекте транспорта",
            "a minor's offence on a transport facility"),
            "juvenile.transport.offence-notice-deadline");

    private final LocalizedText label;
    private final String norm;

    TransportNoticeKind(LocalizedText label, String norm) {
        this.label = label;
        this.norm = norm;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The deadline norm of the notice (N-J21 L1075-1079, N-J22 L1089-1092). */
    public String norm() {
        return norm;
    }
}
