package kz.police.lps.core.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.report.ReportTable;

/** A small table with Kazakh text, every column type, totals and a bar chart. */
final class ReportFixtures {

    static final String KAZAKH_LETTERS = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ";

    private ReportFixtures() {
    }

    static ReportTable table() {
        return ReportTable.builder(new LocalizedText("Тіркелген адамдар: " + KAZAKH_LETTERS,
                        "Зарегистрированные лица", "Persons registered"))
                .column(ReportColumn.text("department", new LocalizedText("Бөлім", "Подразделение", "Department")))
                .column(ReportColumn.integer("current", new LocalizedText("Ағымдағы кезең", "Текущий период",
                        "This period")))
                .column(ReportColumn.integer("previous", new LocalizedText("Алдыңғы кезең", "Предыдущий период",
                        "Previous period")))
                .column(ReportColumn.decimal("share", new LocalizedText("Үлесі, %", "Доля, %", "Share, %")))
                .column(ReportColumn.date("since", new LocalizedText("Күні", "Дата", "Date")))
                .row(new LocalizedText("Ақжар қалалық полиция басқармасы", "УП города Акжар", "Akzhar City PD"), 12,
                        9L, new BigDecimal("66.70"), LocalDate.of(2026, 7, 1))
                .row("Көктерек, \"ауылдық\" бөлім", 6, 11, new BigDecimal("33.30"), null)
                .row("=HYPERLINK(\"x\")", 0, null, null, LocalDate.of(2026, 9, 30))
                .sumTotals(null)
                .chart(ReportChart.bars(null, "department", "current", "previous"))
                .build();
    }

    static ReportRun run(ReportRunState state) {
        return new ReportRun("0b6f3c8e-0000-4000-8000-000000000001", "core.persons-registered", "core",
                new LocalizedText("Тіркелген адамдар", "Зарегистрированные лица", "Persons registered"), "2026-Q3",
                42L, new LocalizedText("Ақжар қалалық полиция басқармасы", "УП города Акжар", "Akzhar City PD"), state,
                3, 4, 3, "sample.head", Instant.parse("2026-10-01T04:00:00Z"), Instant.parse("2026-10-01T04:00:01Z"),
                Instant.parse("2026-10-01T04:00:02Z"), null);
    }

    static ReportDocument document(Locale locale) {
        return new ReportDocument(run(ReportRunState.DONE), table(), locale, ZoneId.of("Asia/Almaty"));
    }
}
