package kz.police.lps.core.api.unit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The units whose bundles are active right now. */
public interface UnitRegistry {

    List<UnitInfo> units(Locale locale);

    Optional<UnitInfo> unit(String id, Locale locale);
}
