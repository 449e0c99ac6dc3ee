package kz.police.lps.core.api.demo;

/**
 * Demo records of one area of a unit (notebook entries, deliveries, ...), loaded once into the demo region by the
 * unit's {@link UnitDemoLoader} when demo mode is on. A part writes through the unit's own services, so demo data obeys
 * every rule real data does. A unit gives its parts an interface of its own extending this one.
 *
 * @param <C> what the unit's parts share (its officers, nodes and residents in the demo region)
 */
public interface DemoPart<C> {

    /** A stable name; a part is loaded once per database (the unit records the names loaded). */
    String name();

    /**
     * Loads the part's records, in one JTA transaction with the part's marker (the services' transactions join it); a
     * failure rolls the whole part back, is logged, and the part is tried again at the next start. A refusal thrown
     * inside a service's transaction and caught by the part still rolls the part back (the joined transaction is
     * marked rollback-only).
     */
    void load(C context);
}
