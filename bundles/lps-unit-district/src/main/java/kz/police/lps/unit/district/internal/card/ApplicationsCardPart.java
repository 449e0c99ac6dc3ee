package kz.police.lps.unit.district.internal.card;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.application.ApplicationQuery;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * The applications and reports the person filed under the district unit's kinds (WF-9, L478-483), from the core's
 * intake, latest first; the core leaves out what the caller may not read.
 */
@Component(service = DistrictCardPart.class)
public class ApplicationsCardPart implements DistrictCardPart {

    static final int LIMIT = 20;

    /** One line of the card. */
    public record Entry(Long id, String number, String kindCode, Instant receivedAt, ApplicationStatus status,
            Instant dueAt) {
    }

    private final ApplicationService applications;

    @Activate
    public ApplicationsCardPart(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public String key() {
        return "applications";
    }

    @Override
    public boolean restricted() {
        return false;
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        ApplicationQuery ofPerson = new ApplicationQuery(null, null, DistrictAccess.UNIT, null, null, null,
                person.id(), null, null);
        return applications.search(caller, ofPerson,
                PageRequest.of(LIMIT, 0, "-receivedAt", ApplicationService.SORTABLE)).items().stream()
                .map(a -> new Entry(a.id(), a.number(), a.kindCode(), a.receivedAt(), a.status(), a.dueAt()))
                .toList();
    }
}
