package kz.police.lps.unit.juvenile.internal.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.unit.juvenile.internal.activity.ActivityCounter;

/**
 * The figures of an officer's month counted from recorded activity (US-J12, L902-906): every
 * {@link ActivityCounter} registered right now by the unit's areas (whiteboard, tracked dynamically), in key order.
 */
@Component(service = ActivityFigures.class)
public class ActivityFigures {

    private final List<ActivityCounter> counters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCounter(ActivityCounter counter) {
        counters.add(counter);
    }

    void removeCounter(ActivityCounter counter) {
        counters.remove(counter);
    }

    /** Each counter's figure of the officer's month, by key. */
    public Map<String, Long> count(long officerId, ReportingPeriod month) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ActivityCounter c : sorted()) {
            out.merge(c.key(), c.count(officerId, month.start(), month.end()), Long::sum);
        }
        return out;
    }

    /** Stored figures with the labels of the counters present (the key itself for a counter gone). */
    public List<Figure> labelled(Map<String, Long> figures) {
        Map<String, LocalizedText> labels = labels();
        List<Figure> out = new ArrayList<>();
        figures.forEach((k, v) -> out.add(new Figure(k, labels.getOrDefault(k, new LocalizedText(k, k, k)), v)));
        return out;
    }

    /** The counters' labels by key, in key order. */
    public Map<String, LocalizedText> labels() {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        sorted().forEach(c -> out.putIfAbsent(c.key(), c.label()));
        return out;
    }

    private List<ActivityCounter> sorted() {
        List<ActivityCounter> list = new ArrayList<>(counters);
        list.sort(Comparator.comparing(ActivityCounter::key));
        return list;
    }
}
