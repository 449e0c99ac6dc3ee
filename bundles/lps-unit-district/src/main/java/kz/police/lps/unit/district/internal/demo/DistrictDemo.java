package kz.police.lps.unit.district.internal.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.transaction.HeuristicMixedException;
import javax.transaction.HeuristicRollbackException;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.SystemException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.db.SchemaReady;
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
 * The unit's records in the demo region. With demo mode on (the core's {@code etc/kz.police.lps.demo.cfg},
 * {@code enabled=true}) it waits until the core has loaded the region and created the unit's demo logins, then loads
 * each {@link DistrictDemoPart} not loaded before, in the background, each part with its marker in one transaction.
 * Nothing happens with demo mode off.
 */
@Component(service = DistrictDemo.class, configurationPid = DistrictDemo.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DistrictDemo {

    /** Where the demo load stands: {@code done} once every part present at the start has been tried. */
    public record Status(boolean enabled, boolean done, List<String> loaded) {
    }

    /** The core's demo-mode configuration, read here for its {@code enabled} switch only. */
    public static final String PID = "kz.police.lps.demo";

    public @interface Config {
        boolean enabled() default false;

        long seed() default 20260101L;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DistrictDemo.class);
    private static final String CITY = "DEMO-CITY";
    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(15);

    private final JpaTemplate jpa;
    private final TransactionManager transactions;
    private final OrgService org;
    private final OfficerService officers;
    private final PersonService persons;
    private final List<DistrictDemoPart> parts = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "district-demo");
        t.setDaemon(true);
        return t;
    });
    private final boolean enabled;
    private volatile boolean closed;
    private volatile boolean done;

    @Activate
    public DistrictDemo(Config config, @Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference OrgService org,
            @Reference OfficerService officers, @Reference PersonService persons,
            @Reference TransactionManager transactions) {
        this.jpa = jpa;
        this.transactions = transactions;
        this.org = org;
        this.officers = officers;
        this.persons = persons;
        this.enabled = config.enabled();
        if (enabled) {
            executor.submit(() -> load(config.seed()));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPart(DistrictDemoPart part) {
        parts.add(part);
    }

    void removePart(DistrictDemoPart part) {
        parts.remove(part);
    }

    @Deactivate
    void deactivate() {
        closed = true;
        executor.shutdownNow();
    }

    public Status status() {
        List<String> loaded = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT d.name FROM DemoPartEntity d ORDER BY d.name", String.class).getResultList());
        return new Status(enabled, !enabled || done, loaded);
    }

    private void load(long seed) {
        try {
            Optional<DemoContext> context = awaitRegion(seed);
            if (context.isEmpty()) {
                return;
            }
            List<DistrictDemoPart> todo = new ArrayList<>(parts);
            todo.sort(Comparator.comparing(DistrictDemoPart::name));
            for (DistrictDemoPart part : todo) {
                if (closed) {
                    return;
                }
                if (loaded(part.name())) {
                    continue;
                }
                long start = System.currentTimeMillis();
                try {
                    loadInOneTransaction(part, context.get());
                    LOG.info("District demo data '{}' loaded in {} ms", part.name(),
                            System.currentTimeMillis() - start);
                } catch (RuntimeException e) {
                    LOG.error("District demo data '{}' failed; tried again at the next start", part.name(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
        }
    }

    /** The region once the core loaded it and made the unit's demo logins; empty when it never came. */
    private Optional<DemoContext> awaitRegion(long seed) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!closed && System.currentTimeMillis() < end) {
            Optional<Officer> inspector = officers.findByLogin(DistrictAccess.UNIT + ".inspector");
            Optional<Officer> head = officers.findByLogin(DistrictAccess.UNIT + ".head");
            Caller system = Caller.system("district-demo");
            Optional<OrgUnit> city = org.findByCode(system, CITY);
            if (inspector.isPresent() && head.isPresent() && city.isPresent()) {
                return Optional.of(context(system, city.get(), inspector.get(), head.get(), seed));
            }
            Thread.sleep(2000);
        }
        if (!closed) {
            LOG.warn("District demo data not loaded: the demo region or the unit's demo logins did not appear");
        }
        return Optional.empty();
    }

    private DemoContext context(Caller system, OrgUnit city, Officer inspector, Officer head, long seed) {
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);
        String prefix = city.path();
        List<OrgUnit> points = org.list(system, OrgUnitKind.POLICE_POINT, null, all).items().stream()
                .filter(p -> p.path().startsWith(prefix) && DistrictAccess.UNIT.equals(p.unitType())).toList();
        List<OrgUnit> precincts = org.list(system, OrgUnitKind.PRECINCT, null, all).items().stream()
                .filter(p -> p.path().startsWith(prefix) && DistrictAccess.UNIT.equals(p.unitType())).toList();
        List<Officer> precinctInspectors = officers.list(system, null, DistrictAccess.UNIT, all).items().stream()
                .filter(o -> precincts.stream().anyMatch(p -> p.id().equals(o.departmentId()))).toList();
        List<Person> residents = persons.search(system, new PersonQuery(null, null, null, city.id(), null),
                PageRequest.first(100)).items();
        return new DemoContext(system, inspector, head, precinctInspectors, points, precincts, residents,
                new Random(seed));
    }

    /**
     * The part's records and its marker in one JTA transaction, which the services' transactions join: a part that
     * fails leaves nothing behind and is tried again whole at the next start. The transaction is begun on the
     * transaction manager, not by an outer {@code jpa.tx}: under an outer template call every service would share the
     * one coordination's entity managers, and the services' own {@code RequiresNew} blocks (the yearly counters of
     * applications and presentations) would then run on an entity manager already busy in the outer transaction.
     */
    private void loadInOneTransaction(DistrictDemoPart part, DemoContext context) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the demo transaction of " + part.name(), e);
        }
        boolean loaded = false;
        try {
            part.load(context);
            jpa.tx(TransactionType.Required, em -> em.persist(new DemoPartEntity(part.name(), Instant.now())));
            loaded = true;
        } finally {
            if (!loaded) {
                rollback(part.name());
            }
        }
        try {
            if (transactions.getStatus() != javax.transaction.Status.STATUS_ACTIVE) {
                rollback(part.name());
                throw new IllegalStateException("demo part " + part.name() + " rolled back (a refusal inside it)");
            }
            transactions.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            throw new IllegalStateException("demo part " + part.name() + " not committed", e);
        }
    }

    private void rollback(String part) {
        try {
            transactions.rollback();
        } catch (SystemException | IllegalStateException e) {
            LOG.warn("Rolling back demo part '{}' failed: {}", part, e.toString());
        }
    }

    private boolean loaded(String name) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(DemoPartEntity.class, name) != null);
    }
}
