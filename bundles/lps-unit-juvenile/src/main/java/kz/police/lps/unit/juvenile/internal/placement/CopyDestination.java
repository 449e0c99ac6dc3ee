package kz.police.lps.unit.juvenile.internal.placement;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The fixed destinations of the 3 copies of a lost or abandoned child's delivery act (BR-J27, N-J19, L1319-1334), in
 * copy order.
 */
public enum CopyDestination implements Labelled {
    INFORMATION_RECORD_BOOK(new LocalizedText(
            "ІІО-ның ақпаратты есепке алу кітабы (Бас Прокурордың № 89 бұйрығы)",
            "книга учёта информации ОВД (приказ Генпрокурора № 89)",
            "the IAB information record book (PG Order 89)"),
            "L1324-1330"),
    RECEIVING_ORGANISATION(new LocalizedText(
            "КБО не өзге білім беру немесе денсаулық сақтау ұйымы",
            "ЦАН либо иная организация образования или здравоохранения",
            "the adaptation centre or another educational or health organisation"),
            "L1332-1333"),
    NOMENCLATURE_FILE(new LocalizedText("номенклатуралық іс", "номенклатурное дело", "the nomenclature file"), "L1334");

    private final LocalizedText label;
    private final String lines;

    CopyDestination(LocalizedText label, String lines) {
        this.label = label;
        this.lines = lines;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public String lines() {
        return lines;
    }
}
