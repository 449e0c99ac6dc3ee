package kz.police.lps.core.internal.report;

import kz.police.lps.core.api.i18n.LocalizedText;

/** The captions the renderers print around a report table. */
final class ReportLabels {

    static final LocalizedText PERIOD = new LocalizedText("Кезең", "Период", "Period");
    static final LocalizedText DEPARTMENT = new LocalizedText("Бөлім", "Подразделение", "Department");
    static final LocalizedText WHOLE_SCOPE = new LocalizedText("Қолжетімді барлық бөлімдер",
            "Все доступные подразделения", "All departments in scope");
    static final LocalizedText GENERATED = new LocalizedText("Жасалған уақыты", "Сформирован", "Generated");
    static final LocalizedText REQUESTED_BY = new LocalizedText("Сұраған", "Запросил", "Requested by");
    static final LocalizedText TOTAL = new LocalizedText("Барлығы", "Итого", "Total");
    static final LocalizedText PAGE = new LocalizedText("Бет", "Страница", "Page");
    static final LocalizedText NO_ROWS = new LocalizedText("Деректер жоқ", "Нет данных", "No data");

    private ReportLabels() {
    }
}
