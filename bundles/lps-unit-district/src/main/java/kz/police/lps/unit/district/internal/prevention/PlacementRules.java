package kz.police.lps.unit.district.internal.prevention;

import java.time.LocalDate;

import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.BasisDocument;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.Convictions;

/** The checks of a preventive placement the core's register cannot make: pure, so they are unit-tested. */
public final class PlacementRules {

    /** Ground 3 of L652-660: released after serving a sentence, convicted two or more times. */
    public static final String REPEAT_CONVICT_GROUND = "district.preventive.released-repeat-convict";

    private PlacementRules() {
    }

    /**
     * Every ground rests on a document (L648-674: a court decision, a supervision decision, a protective order): its
     * kind, number and date, not after the placement.
     */
    public static void basisDocument(ValidationException.Collector errors, BasisDocument basis, LocalDate startedOn) {
        if (basis == null) {
            errors.add("basisDocument", "required");
            return;
        }
        if (basis.kind() == null) {
            errors.add("basisDocument.kind", "required");
        }
        Checks.text(errors, "basisDocument.number", basis.number(), 100, true);
        Checks.text(errors, "basisDocument.issuedBy", basis.issuedBy(), 200, false);
        if (basis.issuedOn() == null) {
            errors.add("basisDocument.issuedOn", "required");
        } else if (startedOn != null && basis.issuedOn().isAfter(startedOn)) {
            errors.add("basisDocument.issuedOn", "district.preventive.basis.after", startedOn);
        }
    }

    /**
     * BR-28 (L652-657): ground 3 needs at least {@code minimum} prior convictions to deprivation of liberty for grave
     * and/or especially grave or intentional crimes, with the document that establishes them. Other grounds need no
     * convictions; a count given anyway must not be negative.
     */
    public static void convictions(ValidationException.Collector errors, String groundCode, Convictions convictions,
            int minimum) {
        boolean repeat = REPEAT_CONVICT_GROUND.equals(groundCode);
        Integer count = convictions == null ? null : convictions.count();
        if (repeat && count == null) {
            errors.add("convictions.count", "required");
        } else if (repeat && count < minimum) {
            errors.add("convictions.count", "district.preventive.convictions.min", minimum);
        } else if (count != null && count < 0) {
            errors.add("convictions.count", "min", 0);
        }
        Checks.text(errors, "convictions.document", convictions == null ? null : convictions.document(), 500, repeat);
    }
}
