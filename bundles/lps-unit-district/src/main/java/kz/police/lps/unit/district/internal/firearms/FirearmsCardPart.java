package kz.police.lps.unit.district.internal.firearms;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.card.DistrictCardPart;

/**
 * The person's firearm owner records with the last counted check and the next one due, and an alert when the
 * periodic check is overdue (BR-29). For the unit's roles and {@code lps-admin}.
 */
@Component(service = DistrictCardPart.class)
public class FirearmsCardPart implements DistrictCardPart {

    private final FirearmChecks firearms;

    @Activate
    public FirearmsCardPart(@Reference FirearmChecks firearms) {
        this.firearms = firearms;
    }

    @Override
    public String key() {
        return "firearms";
    }

    @Override
    public boolean restricted() {
        return false;
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        return files(caller, person);
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        return alerts(files(caller, person));
    }

    /** The records read (and the read audited) once for the card, the alerts computed from them. */
    @Override
    public Shown show(Caller caller, Person person) {
        List<OwnerFile> files = files(caller, person);
        return new Shown(files, alerts(files));
    }

    private List<OwnerFile> files(Caller caller, Person person) {
        return reader(caller) ? firearms.ofPerson(caller, person.id()) : List.of();
    }

    static List<CardAlert> alerts(List<OwnerFile> files) {
        return files.stream().map(OwnerFile::owner).filter(FirearmOwner::checkOverdue)
                .map(o -> new CardAlert(DistrictAccess.UNIT, "district.firearm-check-overdue", CardAlert.Severity.WARNING,
                        new LocalizedText("Атыс қаруы иесін жыл сайынғы тексеру мерзімі өтті (" + o.nextCheckDue()
                                + ", рұқсат " + o.permitNumber() + ")",
                                "Просрочена ежегодная проверка владельца оружия (" + o.nextCheckDue()
                                        + ", разрешение " + o.permitNumber() + ")",
                                "Annual firearm-owner check overdue (due " + o.nextCheckDue() + ", permit "
                                        + o.permitNumber() + ")")))
                .toList();
    }

    private static boolean reader(Caller caller) {
        return caller.isAdmin() || caller.hasAnyUnitRole(DistrictAccess.UNIT);
    }
}
