package kz.police.lps.unit.juvenile.internal.placement;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.unit.juvenile.internal.activity.ActivityCounter;

/** Adaptation-centre placement resolutions the inspector issued (WF-J9), for the monthly statement. */
@Component(service = ActivityCounter.class)
public class PlacementsCounter implements ActivityCounter {

    private final Placements placements;

    @Activate
    public PlacementsCounter(@Reference Placements placements) {
        this.placements = placements;
    }

    @Override
    public String key() {
        return "placements";
    }

    @Override
    public LocalizedText label() {
        return new LocalizedText("КБО-ға орналастыру туралы қаулылар", "Постановления о помещении в ЦАН",
                "Adaptation-centre placement resolutions");
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return placements.count(officerId, from, to);
    }
}
