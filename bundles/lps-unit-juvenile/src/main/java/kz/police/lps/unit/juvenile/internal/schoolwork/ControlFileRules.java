package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.NewEntry;

/** The field rules of a control-file entry (unit-tested without a container). */
public final class ControlFileRules {

    private ControlFileRules() {
    }

    /** 422 naming every missing or bad field of the entry for its section. */
    public static void validate(NewEntry n) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n == null) {
            throw ValidationException.of("body", "required");
        }
        if (n.section() == null) {
            throw ValidationException.of("section", "required");
        }
        if (n.section().automatic()) {
            // Part 2 sections 1-3 are the plans, councils and statements themselves
            throw ValidationException.of("section", "juvenile.schoolwork.control-file.automatic", n.section());
        }
        switch (n.section()) {
        case P1_STUDENTS -> {
            // BR-J19 (L1232-1234): full name (patronymic if any), class, home address, phone, parents' data
            Checks.name(errors, "lastName", n.lastName(), true);
            Checks.name(errors, "firstName", n.firstName(), true);
            Checks.name(errors, "patronymic", n.patronymic(), false);
            Checks.text(errors, "className", n.className(), 20, true);
            Checks.text(errors, "homeAddress", n.homeAddress(), 500, true);
            Checks.text(errors, "contactPhone", n.contactPhone(), 50, true);
            Checks.text(errors, "parents", n.parents(), 1000, true);
        }
        case P1_STAFF -> {
            // BR-J20 (L1236-1237): full name, position, home address, phone
            Checks.name(errors, "lastName", n.lastName(), true);
            Checks.name(errors, "firstName", n.firstName(), true);
            Checks.name(errors, "patronymic", n.patronymic(), false);
            Checks.text(errors, "position", n.position(), 200, true);
            Checks.text(errors, "homeAddress", n.homeAddress(), 500, true);
            Checks.text(errors, "contactPhone", n.contactPhone(), 50, true);
        }
        default -> {
            Checks.text(errors, "title", n.title(), 500, true);
            Checks.text(errors, "content", n.content(), 4000, false);
            Checks.text(errors, "parents", n.parents(), 1000, false);
        }
        }
        errors.throwIfAny();
    }
}
