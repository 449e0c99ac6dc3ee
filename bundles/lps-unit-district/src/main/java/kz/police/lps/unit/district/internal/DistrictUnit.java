package kz.police.lps.unit.district.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.unit.UnitModule;

/**
 * The district police inspectors unit (учаскелік полиция инспекторлары, УПИ) and their assistants (textbook ch. 1,
 * L33-674). Roles: inspector, assistant (all an inspector's rights but independent procedural decisions on criminal
 * offences, L364-367), head (of the ЖПҚ or its district inspectors' unit), viewer.
 */
@Component(service = UnitModule.class)
public class DistrictUnit implements UnitModule {

    public static final String ID = "district";

    private final String version;

    @Activate
    public DistrictUnit(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Учаскелік полиция инспекторлары", "Участковые инспекторы полиции",
                "District police inspectors");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.inspector(ID), Roles.assistant(ID), Roles.head(ID), Roles.viewer(ID));
    }
}
