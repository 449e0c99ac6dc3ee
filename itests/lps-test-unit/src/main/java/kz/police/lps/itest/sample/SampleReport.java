package kz.police.lps.itest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportProgress;
import kz.police.lps.core.api.report.ReportTable;

/**
 * A report of the sample unit, {@value #ID}: one row per unit node in the scope (the chosen department's, or the
 * caller's) with the police points and precincts under it, one progress step per unit (each taking
 * {@value #STEP_MILLIS} ms, so the progress can be watched and the run cancelled), and a bar chart.
 */
@Component(service = ReportDefinition.class)
public class SampleReport implements ReportDefinition {

    public static final String ID = "sample.activity";
    static final long STEP_MILLIS = 300;

    private final OrgService org;

    @Activate
    public SampleReport(@Reference OrgService org) {
        this.org = org;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return SampleUnit.ID;
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Сынақ бөлінісінің қызметі", "Деятельность тестового подразделения",
                "Sample unit activity");
    }

    /** Need-to-know: the sample unit's roles only (no head of another unit; ReportsIT checks its runs stay hidden). */
    @Override
    public Set<String> roles() {
        return Set.of(SampleUnit.ID + "-*");
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        ReportProgress progress = ctx.progress();
        List<OrgUnit> units = nodes(ctx, OrgUnitKind.UNIT);
        List<OrgUnit> points = nodes(ctx, OrgUnitKind.POLICE_POINT);
        List<OrgUnit> precinctNodes = nodes(ctx, OrgUnitKind.PRECINCT);
        progress.total(units.size());
        ReportTable.Builder table = ReportTable.builder(title())
                .column(ReportColumn.text("unit", new LocalizedText("Бөлініс", "Подразделение", "Unit")))
                .column(ReportColumn.integer("precincts", new LocalizedText("Учаскелер", "Участки", "Precincts")))
                .column(ReportColumn.integer("points", new LocalizedText("Полиция пункттері", "Пункты полиции",
                        "Police points")));
        for (OrgUnit u : units) {
            if (progress.cancelled()) {
                break;
            }
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long precincts = precinctNodes.stream().filter(n -> n.path().startsWith(u.path())).count();
            long pointCount = points.stream().filter(n -> n.path().startsWith(u.path())).count();
            table.row(u.name(), precincts, pointCount);
            progress.advance();
        }
        return table.sumTotals(null)
                .chart(ReportChart.bars(null, "unit", "precincts", "points"))
                .build();
    }

    /** The nodes of a kind in the report's scope, page by page. */
    private List<OrgUnit> nodes(ReportContext ctx, OrgUnitKind kind) {
        List<OrgUnit> found = new ArrayList<>();
        for (int offset = 0;; offset += PageRequest.MAX_LIMIT) {
            Page<OrgUnit> page = org.list(ctx.caller(), kind, null,
                    new PageRequest(PageRequest.MAX_LIMIT, offset, List.of()));
            page.items().stream().filter(n -> ctx.scope().covers(n.path())).forEach(found::add);
            if (!page.hasNext()) {
                return found;
            }
        }
    }
}
