package kz.police.lps.unit.juvenile.internal.demo;

import kz.police.lps.core.api.demo.DemoPart;

/** Demo records of one area of the juvenile unit (schools, deliveries, registrations, ...), as a service. */
public interface JuvenileDemoPart extends DemoPart<JuvenileDemoContext> {
}
