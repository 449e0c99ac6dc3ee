package kz.police.lps.unit.juvenile.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.unit.UnitModule;

/**
 * The juvenile-affairs district police inspectors unit (кәмелетке толмағандардың істері жөніндегі учаскелік полиция
 * инспекторлары, КТІЖ УПИ; textbook ch. 2, L675-1515). Roles: inspector (precinct-based, L781-790), school inspector
 * (assigned to an educational organisation, L868-875), head (of the juvenile affairs unit, or its senior inspector,
 * L889-894), viewer. A minor's records are need-to-know: only the unit's roles and {@code lps-admin} read them.
 */
@Component(service = UnitModule.class)
public class JuvenileUnit implements UnitModule {

    public static final String ID = "juvenile";

    private final String version;

    @Activate
    public JuvenileUnit(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Кәмелетке толмағандардың істері жөніндегі учаскелік полиция инспекторлары",
                "Участковые инспекторы полиции по делам несовершеннолетних",
                "Juvenile-affairs district police inspectors");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.inspector(ID), Roles.schoolInspector(ID), Roles.head(ID), Roles.viewer(ID));
    }
}
