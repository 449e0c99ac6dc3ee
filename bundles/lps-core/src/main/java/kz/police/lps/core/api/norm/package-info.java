/**
 * Legal acts and the numeric norms taken from them: every deadline, periodicity and threshold a unit applies is a
 * {@link kz.police.lps.core.api.norm.Norm} with its act and textbook line, read by key, never a literal in code.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.norm;
