package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * {@code juvenile.register-statistics}: the unit's preventive registers in the caller's scope (or the chosen
 * department's subtree) by register and category (placement ground, L1346-1377): registrations active today, placed
 * in the period and removed in the period, with a bar chart. Read through the core's register service with the
 * caller's rights, a page at a time.
 */
@Component(service = ReportDefinition.class)
public class RegisterStatisticsReport implements ReportDefinition {

    public static final String ID = "juvenile.register-statistics";
    private static final int PAGE = 500;
    private static final PageRequest.SortKey BY_ID = new PageRequest.SortKey("id", false);

    private final RegisterService registers;

    @Activate
    public RegisterStatisticsReport(@Reference RegisterService registers) {
        this.registers = registers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Профилактикалық есептер статистикасы", "Статистика профилактических учётов",
                "Preventive register statistics");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText("Есептер мен санаттар бойынша: бүгін есепте тұрғандар, кезеңде қойылғандар мен "
                + "шығарылғандар", "По учётам и категориям: состоят на учёте сегодня, поставлены и сняты за период",
                "By register and category: active today, placed and removed in the period");
    }

    /** The unit's roles only: the registers are need-to-know. */
    @Override
    public Set<String> roles() {
        return Set.of(JuvenileAccess.UNIT + "-*");
    }

    private static final class Counts {
        long active;
        long placed;
        long removed;
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        LocalDate from = ctx.period() == null ? LocalDate.MIN : ctx.period().start();
        LocalDate to = ctx.period() == null ? LocalDate.MAX : ctx.period().end();
        ReportTable.Builder table = ReportTable.builder(title())
                .column(ReportColumn.text("register", new LocalizedText("Есеп", "Учёт", "Register")))
                .column(ReportColumn.text("category", new LocalizedText("Санат", "Категория", "Category")))
                .column(ReportColumn.integer("active", new LocalizedText("Есепте тұр", "Состоят на учёте",
                        "Active")))
                .column(ReportColumn.integer("placed", new LocalizedText("Кезеңде қойылды", "Поставлены за период",
                        "Placed in the period")))
                .column(ReportColumn.integer("removed", new LocalizedText("Кезеңде шығарылды", "Сняты за период",
                        "Removed in the period")));
        ctx.progress().total(Journal.values().length);
        for (Journal journal : Journal.values()) {
            if (ctx.progress().cancelled()) {
                break;
            }
            RegisterDefinition register = registers.register(journal.registerId()).orElse(null);
            if (register == null) {
                continue;
            }
            Map<String, Counts> byGround = new LinkedHashMap<>();
            Map<String, LocalizedText> names = new LinkedHashMap<>();
            for (RegisterGround g : registers.grounds(journal.registerId())) {
                if (g.kind() == GroundKind.PLACEMENT) {
                    byGround.put(g.code(), new Counts());
                    names.put(g.code(), g.name());
                }
            }
            int offset = 0;
            while (!ctx.progress().cancelled()) {
                List<Registration> rows = registers.search(ctx.caller(), new RegistrationQuery(journal.registerId(),
                        null, null, ctx.departmentId(), null, null), new PageRequest(PAGE, offset, List.of(BY_ID)))
                        .items();
                for (Registration r : rows) {
                    Counts c = byGround.computeIfAbsent(r.groundCode(), k -> new Counts());
                    if (r.active()) {
                        c.active++;
                    }
                    if (r.startedOn() != null && !r.startedOn().isBefore(from) && !r.startedOn().isAfter(to)) {
                        c.placed++;
                    }
                    if (r.removedOn() != null && !r.removedOn().isBefore(from) && !r.removedOn().isAfter(to)) {
                        c.removed++;
                    }
                }
                offset += rows.size();
                if (rows.size() < PAGE) {
                    break;
                }
            }
            byGround.forEach((code, c) -> table.row(register.name(), names.getOrDefault(code,
                    new LocalizedText(code, code, code)), c.active, c.placed, c.removed));
            ctx.progress().advance();
        }
        return table.sumTotals(new LocalizedText("Барлығы", "Итого", "Total"))
                .chart(ReportChart.bars(null, "category", "active", "placed", "removed")).build();
    }
}
