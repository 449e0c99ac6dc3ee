package kz.police.lps.unit.district.internal.demo;

/**
 * Demo records of one area of the unit (notebook entries, receptions, firearm owners, ...), loaded once into the demo
 * region by {@link DistrictDemo} when demo mode is on. A part writes through the unit's own services, so demo data
 * obeys every rule real data does.
 */
public interface DistrictDemoPart {

    /** A stable name; a part is loaded once per database (recorded in {@code DISTRICT_DEMO_PART}). */
    String name();

    /**
     * Loads the part's records, in one JTA transaction with the part's marker (the services' transactions join it); a
     * failure rolls the whole part back, is logged, and the part is tried again at the next start. A refusal thrown
     * inside a service's transaction and caught by the part still rolls the part back (the joined transaction is
     * marked rollback-only).
     */
    void load(DemoContext context);
}
