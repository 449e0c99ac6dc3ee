/**
 * Preventive registers (профилактикалық есеп): a unit keeps persons on its registers under a ground, checks on them
 * at a periodicity a norm sets, and removes them with a ground; the history is kept for ever. The core owns the
 * mechanism and the REST API; units contribute their registers and grounds as data (manifest header
 * {@value kz.police.lps.core.api.register.RegisterService#HEADER}) and keep any extra fields in
 * {@link kz.police.lps.core.api.register.Registration#extra()}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.register;
