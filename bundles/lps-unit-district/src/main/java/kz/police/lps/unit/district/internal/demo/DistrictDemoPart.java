package kz.police.lps.unit.district.internal.demo;

import kz.police.lps.core.api.demo.DemoPart;

/**
 * Demo records of one area of the unit (notebook entries, receptions, firearm owners, ...), loaded once into the demo
 * region by {@link DistrictDemo} when demo mode is on (recorded in {@code DISTRICT_DEMO_PART}), as a service.
 */
public interface DistrictDemoPart extends DemoPart<DemoContext> {
}
