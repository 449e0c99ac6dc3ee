/** The working-day calendar of Kazakhstan and the deadline arithmetic over it. */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.calendar;
