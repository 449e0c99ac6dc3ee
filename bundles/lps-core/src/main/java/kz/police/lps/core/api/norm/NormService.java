package kz.police.lps.core.api.norm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import kz.police.lps.core.api.security.Caller;

/**
 * The norms registry. Units ship their acts and norms as data: a JSON file in the bundle named by the manifest header
 * {@value #HEADER} (see docs/architecture.md); they are listed while the bundle is active. Code reads a norm by key.
 */
public interface NormService {

    /** Manifest header naming the bundle's norms file, e.g. {@code LPS-Norms: lps/norms.json}. */
    String HEADER = "LPS-Norms";

    /** The norms of one unit (or all when null), values as in force for the caller's region. */
    List<Norm> norms(Caller caller, String unitId);

    List<LegalAct> acts(String unitId);

    /** The norm as the act states it. */
    Optional<Norm> norm(String key);

    /**
     * The norm as in force in the region of the given department (organisation node): the region's override if it
     * has one. Throws {@link IllegalArgumentException} for an unknown key: code asks only for norms its bundle ships.
     */
    Norm effective(String key, Long departmentId);

    /** Shortcut: the integer value of {@link #effective}. */
    default int intValue(String key, Long departmentId) {
        return effective(key, departmentId).intValue();
    }

    /** Sets a region's value ({@code lps-admin}); audited with the old and new value and the reason. */
    NormOverride override(Caller caller, String key, long regionId, BigDecimal value, String reason);

    /** Removes a region's value, back to the act's ({@code lps-admin}); audited. */
    void removeOverride(Caller caller, String key, long regionId);

    List<NormOverride> overrides(String key);
}
