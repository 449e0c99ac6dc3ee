package kz.police.lps.unit.district.internal.notebook;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.unit.district.internal.demo.DemoContext;
import kz.police.lps.unit.district.internal.demo.DistrictDemoPart;

/** Demo: a few superiors' assignments in the demo inspector's notebook, one of them done. */
@Component(service = DistrictDemoPart.class)
public class NotebookDemo implements DistrictDemoPart {

    private static final List<String> ASSIGNMENTS = List.of(
            "Учаскедегі сауда нүктелерінде алкоголь сату ережесінің сақталуын тексеру",
            "Профилактикалық есептегі адамдармен жеке профилактикалық әңгіме жүргізу",
            "Тұрғындармен кездесуге дайындық: учаскедегі құқық бұзушылықтар туралы анықтама",
            "Жасөспірімдер жиналатын орындарды кешкі уақытта аралау");

    private final WorkNotebook notebook;
    private final WorkingCalendar calendar;

    @Activate
    public NotebookDemo(@Reference WorkNotebook notebook, @Reference WorkingCalendar calendar) {
        this.notebook = notebook;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "notebook";
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(calendar.zone());
        for (int i = 0; i < ASSIGNMENTS.size(); i++) {
            NotebookEntry e = notebook.add(context.caller(), new NewNotebookEntry(context.inspector().id(),
                    ASSIGNMENTS.get(i), "ЖПҚ бастығы " + context.head().surname(), today.minusDays(7 - i),
                    today.plusDays(2L + 5L * i)));
            if (i == 0) {
                notebook.complete(context.caller(), e.id(), e.version(), "Орындалды, анықтама тапсырылды");
            }
        }
    }
}
