package kz.police.lps.unit.district.internal.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.demo.UnitDemoLoader;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonQuery;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The unit's records in the demo region (demo mode only): once the core has loaded the region and made the unit's
 * demo logins, each {@link DistrictDemoPart} not loaded before is loaded with its marker ({@code DISTRICT_DEMO_PART})
 * in one transaction.
 */
@Component(service = DistrictDemo.class, configurationPid = UnitDemoLoader.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DistrictDemo extends UnitDemoLoader<DemoContext> {

    public @interface Config {
        boolean enabled() default false;

        long seed() default 20260101L;
    }

    private static final String CITY = "DEMO-CITY";
    private static final int RESIDENTS = 100;

    private final JpaTemplate jpa;
    private final OrgService org;
    private final OfficerService officers;
    private final PersonService persons;
    private final long seed;

    @Activate
    public DistrictDemo(Config config, @Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference OrgService org,
            @Reference OfficerService officers, @Reference PersonService persons,
            @Reference TransactionManager transactions) {
        super(DistrictAccess.UNIT, transactions);
        this.jpa = jpa;
        this.org = org;
        this.officers = officers;
        this.persons = persons;
        this.seed = config.seed();
        start(config.enabled());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindPart(DistrictDemoPart part) {
        addPart(part);
    }

    void unbindPart(DistrictDemoPart part) {
        removePart(part);
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    @Override
    protected Optional<DemoContext> context() {
        Optional<Officer> inspector = officers.findByLogin(DistrictAccess.UNIT + ".inspector");
        Optional<Officer> head = officers.findByLogin(DistrictAccess.UNIT + ".head");
        Caller system = Caller.system("district-demo");
        Optional<OrgUnit> city = org.findByCode(system, CITY);
        if (inspector.isEmpty() || head.isEmpty() || city.isEmpty()) {
            return Optional.empty();
        }
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);
        String prefix = city.get().path();
        List<OrgUnit> points = org.list(system, OrgUnitKind.POLICE_POINT, null, all).items().stream()
                .filter(p -> p.path().startsWith(prefix) && DistrictAccess.UNIT.equals(p.unitType())).toList();
        List<OrgUnit> precincts = org.list(system, OrgUnitKind.PRECINCT, null, all).items().stream()
                .filter(p -> p.path().startsWith(prefix) && DistrictAccess.UNIT.equals(p.unitType())).toList();
        List<Officer> precinctInspectors = officers.list(system, null, DistrictAccess.UNIT, all).items().stream()
                .filter(o -> precincts.stream().anyMatch(p -> p.id().equals(o.departmentId()))).toList();
        List<Person> residents = persons.search(system, new PersonQuery(null, null, null, city.get().id(), null),
                PageRequest.first(RESIDENTS)).items();
        return Optional.of(new DemoContext(system, inspector.get(), head.get(), precinctInspectors, points,
                precincts, residents, new Random(seed)));
    }

    @Override
    protected boolean loaded(String part) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(DemoPartEntity.class, part) != null);
    }

    @Override
    protected void markLoaded(String part) {
        jpa.tx(TransactionType.Required, em -> em.persist(new DemoPartEntity(part, Instant.now())));
    }

    @Override
    protected List<String> loadedParts() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT d.name FROM DemoPartEntity d ORDER BY d.name", String.class).getResultList());
    }
}
