package kz.police.lps.core.internal.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kz.police.lps.core.api.unit.UnitInfo;
import kz.police.lps.core.api.unit.UnitModule;
import kz.police.lps.core.api.unit.UnitRegistry;

/** Tracks the {@link UnitModule} services: a unit is listed while its bundle is active. */
@Component(service = UnitRegistry.class)
public class UnitRegistryImpl implements UnitRegistry {

    private final Map<UnitModule, String> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(UnitModule module) {
        Bundle bundle = FrameworkUtil.getBundle(module.getClass());
        modules.put(module, bundle == null ? "" : bundle.getSymbolicName() + "/" + bundle.getVersion());
    }

    void removeUnit(UnitModule module) {
        modules.remove(module);
    }

    @Override
    public List<UnitInfo> units(Locale locale) {
        List<UnitInfo> list = new ArrayList<>();
        modules.forEach((m, bundle) -> list.add(info(m, bundle, locale)));
        list.sort(Comparator.comparing(UnitInfo::id));
        return list;
    }

    @Override
    public Optional<UnitInfo> unit(String id, Locale locale) {
        return units(locale).stream().filter(u -> u.id().equals(id)).findFirst();
    }

    private static UnitInfo info(UnitModule m, String bundle, Locale locale) {
        return new UnitInfo(m.id(), m.name().in(locale), m.name().asMap(), m.version(),
                m.roles().stream().sorted().toList(), m.restBasePath(), bundle);
    }
}
