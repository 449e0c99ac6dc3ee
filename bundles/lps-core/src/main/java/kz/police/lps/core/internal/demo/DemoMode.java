package kz.police.lps.core.internal.demo;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.unit.UnitModule;
import kz.police.lps.core.internal.security.UserAccounts;

/**
 * Demo mode ({@code etc/kz.police.lps.demo.cfg}, {@code enabled=true}): on start it loads the demo region in the
 * background and creates {@code admin/admin} ({@code lps-admin}); for every unit installed, now or later, it creates
 * {@code <unit>.inspector/demo} and {@code <unit>.head/demo}, each tied to a demo officer of the unit in the demo city
 * body so their data scope is that body.
 */
@Component(service = DemoMode.class, configurationPid = DemoMode.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfig.class)
public class DemoMode {

    public static final String PID = "kz.police.lps.demo";
    public static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private final DemoConfig config;
    private final UserAccounts accounts;
    private final OfficerService officers;
    private final DemoLoader loader;
    private final DemoRegion region;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lps-demo-mode");
        t.setDaemon(true);
        return t;
    });
    private final Future<?> initialLoad;

    @Activate
    public DemoMode(DemoConfig config, @Reference UserAccounts accounts, @Reference OrgService org,
            @Reference OfficerService officers, @Reference PersonService persons) {
        this.config = config;
        this.accounts = accounts;
        this.officers = officers;
        this.loader = new DemoLoader(org, officers, persons);
        this.region = DemoRegion.generate(config.seed(), config.persons());
        accounts.allowDemoLogins(config.enabled());
        this.initialLoad = config.enabled() ? executor.submit(this::initialLoad) : null;
    }

    @Deactivate
    void deactivate() {
        accounts.allowDemoLogins(false);
        executor.shutdownNow();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Loads (or completes) the demo region now, reporting progress; idempotent. */
    public DemoLoader.Result load(IntConsumer progress) {
        awaitInitialLoad();
        return loader.load(region, progress);
    }

    private void awaitInitialLoad() {
        if (initialLoad != null) {
            try {
                initialLoad.get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                LOG.warn("Initial demo load did not finish: {}", e.toString());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(UnitModule unit) {
        if (config.enabled()) {
            executor.submit(() -> demoAccounts(unit.id()));
        }
    }

    void removeUnit(UnitModule unit) {
        // demo accounts stay: the unit's data stays too, and a reinstalled unit finds them again
    }

    private void initialLoad() {
        try {
            accounts.ensure("admin", "admin", Set.of(Roles.ADMIN), true);
            DemoLoader.Result r = loader.load(region, pct -> LOG.debug("Demo region {}%", pct));
            LOG.info("Demo region loaded: {} nodes, {} officers, {} persons created in {} ms", r.nodesCreated(),
                    r.officersCreated(), r.personsCreated(), r.millis());
        } catch (RuntimeException e) {
            LOG.error("Demo region load failed", e);
        }
    }

    private void demoAccounts(String unitId) {
        try {
            awaitInitialLoad();
            Map<String, Long> ids = loader.nodeIds(region);
            // the unit's node in the demo city body; a unit the demo region does not know sits in the city's ЖПҚ
            Long unitNode = region.nodes().stream()
                    .filter(n -> n.kind() == OrgUnitKind.UNIT && unitId.equals(n.unitType())).findFirst()
                    .or(() -> region.nodes().stream().filter(n -> n.kind() == OrgUnitKind.LOCAL_POLICE_SERVICE)
                            .findFirst())
                    .map(n -> ids.get(n.code())).orElse(null);
            String inspector = unitId + ".inspector";
            String head = unitId + ".head";
            if (unitNode != null) {
                // officers first: a login's data scope comes from its officer and is cached once it signs in
                String number = "DEMO-" + unitId.toUpperCase(java.util.Locale.ROOT);
                demoOfficer(inspector, unitId, unitNode, number + "-I", "Демоұлы");
                demoOfficer(head, unitId, unitNode, number + "-H", "Демобаев");
            }
            accounts.ensure(inspector, DEMO_PASSWORD, Set.of(Roles.inspector(unitId)), true);
            accounts.ensure(head, DEMO_PASSWORD, Set.of(Roles.head(unitId)), true);
            LOG.info("Demo accounts ready for unit {}: {}/{} and {}/{}", unitId, inspector, DEMO_PASSWORD, head,
                    DEMO_PASSWORD);
        } catch (RuntimeException e) {
            LOG.error("Demo accounts for unit {} failed", unitId, e);
        }
    }

    private void demoOfficer(String login, String unitId, long departmentId, String personnelNumber, String surname) {
        if (officers.findByLogin(login).isPresent()) {
            return;
        }
        try {
            officers.create(Caller.system("demo-load"), new Officer(null, personnelNumber, surname, "Демо", null,
                    "полиция капитаны", login.endsWith(".head") ? "бөлініс бастығы" : "инспектор", departmentId,
                    unitId, OfficerStatus.ACTIVE, login, null, null));
        } catch (ConflictException alreadyThere) {
            // created by an earlier run
        }
    }
}
