package kz.police.lps.core.api.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.transaction.HeuristicMixedException;
import javax.transaction.HeuristicRollbackException;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a unit's {@link DemoPart}s into the demo region: with demo mode on (the core's {@code etc/kz.police.lps.demo.cfg},
 * {@code enabled=true}, configuration pid {@value #PID}) it waits in the background until the unit's {@link #context()}
 * is there (the core has loaded the region and made the unit's demo logins), then loads each part not loaded before,
 * each part with its marker in one JTA transaction. A unit extends it as a component that binds its own parts
 * ({@link #addPart}/{@link #removePart}), starts it from its activation ({@link #start}) and stops it on deactivation.
 *
 * @param <C> what the unit's parts share
 */
public abstract class UnitDemoLoader<C> {

    /** The core's demo-mode configuration, which a unit's loader reads for its {@code enabled} switch and seed. */
    public static final String PID = "kz.police.lps.demo";

    /** Where the demo load stands: {@code done} once every part bound so far has been tried. */
    public record State(boolean enabled, boolean done, List<String> loaded) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(UnitDemoLoader.class);
    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(15);
    private static final long POLL_MILLIS = 2000;

    private final String unitId;
    private final TransactionManager transactions;
    private final List<DemoPart<C>> parts = new CopyOnWriteArrayList<>();
    /** Parts that failed in this activation: tried again at the next start, not by each later load. */
    private final java.util.Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;
    /** Loads queued or running: the first at the start, one more for each part bound later. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean enabled;
    private volatile boolean started;
    private volatile boolean closed;

    protected UnitDemoLoader(String unitId, TransactionManager transactions) {
        this.unitId = unitId;
        this.transactions = transactions;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, unitId + "-demo");
            t.setDaemon(true);
            return t;
        });
    }

    /** The parts' shared context once the demo region and the unit's demo logins are there; empty until then. */
    protected abstract Optional<C> context();

    /** Whether the part has been loaded into this database. */
    protected abstract boolean loaded(String part);

    /** Records that the part is loaded; runs inside the part's transaction. */
    protected abstract void markLoaded(String part);

    /** The parts' names loaded into this database, in order. */
    protected abstract List<String> loadedParts();

    /** Binds a part; one bound after the start (a component satisfied later) is loaded by a load of its own. */
    public void addPart(DemoPart<C> part) {
        parts.add(part);
        if (started && enabled && !closed) {
            submitLoad();
        }
    }

    public void removePart(DemoPart<C> part) {
        parts.remove(part);
    }

    /** Starts the load in the background when demo mode is on; nothing happens otherwise. */
    protected void start(boolean demoEnabled) {
        this.enabled = demoEnabled;
        this.started = true;
        if (demoEnabled) {
            submitLoad();
        }
    }

    private void submitLoad() {
        pending.incrementAndGet();
        try {
            executor.submit(() -> {
                try {
                    load();
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException stopped) {
            pending.decrementAndGet();
        }
    }

    protected void stop() {
        closed = true;
        executor.shutdownNow();
    }

    public State state() {
        return new State(enabled, !enabled || pending.get() == 0, loadedParts());
    }

    private void load() {
        try {
            Optional<C> context = awaitContext();
            if (context.isEmpty()) {
                return;
            }
            List<DemoPart<C>> todo = new ArrayList<>(parts);
            todo.sort(Comparator.comparing(DemoPart::name));
            for (DemoPart<C> part : todo) {
                if (closed) {
                    return;
                }
                if (failed.contains(part.name()) || loaded(part.name())) {
                    continue;
                }
                long start = System.currentTimeMillis();
                try {
                    loadInOneTransaction(part, context.get());
                    LOG.info("Demo data '{}' of unit {} loaded in {} ms", part.name(), unitId,
                            System.currentTimeMillis() - start);
                } catch (RuntimeException e) {
                    failed.add(part.name());
                    LOG.error("Demo data '{}' of unit {} failed; tried again at the next start", part.name(), unitId,
                            e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<C> awaitContext() throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!closed && System.currentTimeMillis() < end) {
            Optional<C> context = context();
            if (context.isPresent()) {
                return context;
            }
            Thread.sleep(POLL_MILLIS);
        }
        if (!closed) {
            LOG.warn("Demo data of unit {} not loaded: the demo region or the unit's demo logins did not appear",
                    unitId);
        }
        return Optional.empty();
    }

    /**
     * The part's records and its marker in one JTA transaction, which the services' transactions join: a part that
     * fails leaves nothing behind and is tried again whole at the next start. The transaction is begun on the
     * transaction manager, not by an outer {@code jpa.tx}: under an outer template call every service would share the
     * one coordination's entity managers, and the services' own {@code RequiresNew} blocks would then run on an entity
     * manager already busy in the outer transaction.
     */
    private void loadInOneTransaction(DemoPart<C> part, C context) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the demo transaction of " + part.name(), e);
        }
        boolean loaded = false;
        try {
            part.load(context);
            markLoaded(part.name());
            loaded = true;
        } finally {
            if (!loaded) {
                rollback(part.name());
            }
        }
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
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
            LOG.warn("Rolling back demo part '{}' of unit {} failed: {}", part, unitId, e.toString());
        }
    }
}
