package kz.police.lps.itest.sample;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.unit.UnitModule;

/** The fake unit "sample": announces itself to the core's unit registry. */
@Component(service = UnitModule.class)
public class SampleUnit implements UnitModule {

    public static final String ID = "sample";

    private final String version;

    @Activate
    public SampleUnit(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Сынақ бөлінісі", "Тестовое подразделение", "Sample unit");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.inspector(ID), Roles.head(ID), Roles.viewer(ID));
    }
}
