package kz.police.lps.core.api.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/**
 * Preventive registers. The registers and their grounds are data of the units whose bundles are active right now
 * (manifest header {@value #HEADER}); the registrations are the core's and stay when a unit is uninstalled, hidden
 * until it is back.
 * <p>
 * Who may see a registration: a caller who may read persons, whose data scope covers the registration's department,
 * and, for a {@link RegisterDefinition#restricted() restricted} register, who holds a role of the register's unit (or
 * {@code lps-admin}). Who may write: an inspector, head or assistant of the register's unit (or {@code lps-admin}) in
 * scope. Every read and write is audited (subject type {@value #SUBJECT}); a refusal too.
 */
public interface RegisterService {

    /** Manifest header naming the bundle's register file, e.g. {@code LPS-Registers: lps/registers.json}. */
    String HEADER = "LPS-Registers";

    /** The audit subject type of registrations and their checks. */
    String SUBJECT = "registration";

    /** The kind of the planned-check tasks; their subject is ({@value #SUBJECT}, registration id). */
    String CHECK_TASK_KIND = "core.register-check";

    /** The most characters the unit's extra fields may take as JSON. */
    int EXTRA_MAX_CHARS = 4000;

    Set<String> SORTABLE = Set.of("id", "startedOn", "removedOn", "lastCheckedOn", "registerId", "status");

    /** The registers of one unit, or of all installed units when null, by id. */
    List<RegisterDefinition> registers(String unitId);

    Optional<RegisterDefinition> register(String registerId);

    /** The grounds of a register: placement grounds first, then removal grounds, each in file order. */
    List<RegisterGround> grounds(String registerId);

    Optional<RegisterGround> ground(String code);

    /** Places a person on a register; one active registration per person and register (409 otherwise). */
    Registration place(Caller caller, NewRegistration registration);

    /** One registration (audited); 404 when its register is not installed. */
    Registration get(Caller caller, long id);

    /** One registration on the given register (audited): 404 when there is none or it is on another register. */
    default Registration getOn(Caller caller, String registerId, long id) {
        Registration r = get(caller, id);
        if (!registerId.equals(r.registerId())) {
            throw new kz.police.lps.core.api.error.NotFoundException(SUBJECT, id);
        }
        return r;
    }

    /** As {@link #getOn}, and 409 when the person has been removed from the register. */
    default Registration activeOn(Caller caller, String registerId, long id) {
        Registration r = getOn(caller, registerId, id);
        if (!r.active()) {
            throw new kz.police.lps.core.api.error.ConflictException("status", "registration.removed");
        }
        return r;
    }

    /** The registrations the caller may see (the search is audited with the ids found). */
    Page<Registration> search(Caller caller, RegistrationQuery query, PageRequest page);

    /** Every registration of the person the caller may see, active and removed, latest first (audited). */
    List<Registration> history(Caller caller, long personId);

    /** The checks of a registration, latest first (audited with the read of the registration). */
    List<CheckRecord> checks(Caller caller, long registrationId);

    /**
     * How many checks the officer recorded between the two days (inclusive) on registrations the caller may see: a
     * figure for activity statements, counted in the database (audited once).
     */
    long countChecksBy(Caller caller, long officerId, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Records a check of an active registration; completes the registration's open planned-check tasks once the
     * period's checks reach the norm.
     */
    CheckRecord recordCheck(Caller caller, long registrationId, NewCheck check);

    /** Removes a person from a register; {@code expectedVersion} is the version the client read (If-Match). */
    Registration remove(Caller caller, long registrationId, Long expectedVersion, Removal removal);

    /** The number of active registrations per register the caller may see. */
    Map<String, Long> activeCounts(Caller caller);
}
