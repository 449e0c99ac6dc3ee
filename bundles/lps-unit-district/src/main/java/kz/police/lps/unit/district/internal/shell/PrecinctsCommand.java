package kz.police.lps.unit.district.internal.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.district.internal.compliance.ComplianceWarning;
import kz.police.lps.unit.district.internal.compliance.PrecinctFacts;
import kz.police.lps.unit.district.internal.compliance.StaffingCompliance;

@Service
@Command(scope = "district", name = "precincts", description = "Lists the precincts in your scope (or a department's): "
        + "code, settlement type, residents, inspector, police point and the count of staffing-norm warnings")
public class PrecinctsCommand implements Action {

    @Reference
    private StaffingCompliance compliance;

    @Reference
    private CallerFactory callers;

    @Option(name = "--department", description = "only this department's subtree (an organisation node id)")
    private Long department;

    @Option(name = "--limit", description = "at most this many rows (default 100)")
    private int limit = 100;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        StaffingCompliance.Evaluation ev = compliance.evaluate(callers.shellCaller(), department);
        Locale locale = Locale.forLanguageTag(lang);
        Map<Long, String> pointCodes = new HashMap<>();
        ev.points().forEach(p -> pointCodes.put(p.id(), p.code()));
        Map<Long, PrecinctFacts> facts = new HashMap<>();
        ev.precinctFacts().forEach(f -> facts.put(f.nodeId(), f));
        Map<Long, List<ComplianceWarning>> warnings = ev.byNode();
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Settlement");
        table.column("Residents").alignRight();
        table.column("Inspector").maxSize(40);
        table.column("Point");
        table.column("Warnings").alignRight();
        int max = PageRequest.firstRows(limit).limit();
        int shown = 0;
        for (OrgUnit p : ev.precincts()) {
            if (shown++ >= max) {
                break;
            }
            PrecinctFacts f = facts.get(p.id());
            table.addRow().addContent(p.code(),
                    p.settlementType() == null ? "" : p.settlementType().label().in(locale),
                    p.residentCount() == null ? "" : p.residentCount(), inspector(ev.officers(), f.inspectorId()),
                    f.pointId() == null ? "" : pointCodes.getOrDefault(f.pointId(), ""),
                    warnings.getOrDefault(p.id(), List.of()).size());
        }
        table.print(System.out);
        System.out.println(ev.precincts().size() + " precincts, " + ev.points().size() + " points, "
                + ev.warnings().size() + " warnings (district/compliance)");
        return null;
    }

    private static String inspector(Map<Long, Officer> officers, Long id) {
        if (id == null) {
            return "—";
        }
        Officer o = officers.get(id);
        if (o == null) {
            return "#" + id;
        }
        return OfficerNames.brief(o);
    }
}
