package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.unit.juvenile.internal.activity.ActivityCounter;

/** Minors the inspector delivered to the IAB (the journal, WF-J7), for the monthly statement. */
@Component(service = ActivityCounter.class)
public class DeliveriesCounter implements ActivityCounter {

    private final Deliveries deliveries;

    @Activate
    public DeliveriesCounter(@Reference Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String key() {
        return "deliveries";
    }

    @Override
    public LocalizedText label() {
        return new LocalizedText("ІІО-ға жеткізілген кәмелетке толмағандар", "Доставлено несовершеннолетних в ОВД",
                "Minors delivered to the IAB");
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return deliveries.count(officerId, from, to);
    }
}
