/**
 * Demo data of the units: a unit loads its demo records into the core's demo region through its own services, once,
 * each area's part in one transaction ({@link kz.police.lps.core.api.demo.UnitDemoLoader}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.demo;
