/**
 * The LPS core API: the only packages a unit bundle may import. Everything under
 * {@code kz.police.lps.core.internal} is private to the core bundle.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api;
