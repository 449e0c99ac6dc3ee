package kz.police.lps.core.internal.db;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.db.SchemaMigrator;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Runs Liquibase 4.33 for a bundle, with the bundle's own class loader for its changelog. */
@Component(service = SchemaMigrator.class)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);

    private final DataSource dataSource;

    @Activate
    public LiquibaseSchemaMigrator(@Reference(target = "(osgi.jndi.service.name=lps)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized int migrate(Bundle bundle, String changelog, String historyTablePrefix) {
        if (historyTablePrefix != null && !historyTablePrefix.matches("[A-Z][A-Z0-9]*")) {
            throw new IllegalArgumentException("history table prefix: upper-case letters and digits only, not "
                    + historyTablePrefix);
        }
        long start = System.nanoTime();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader());
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        int[] applied = new int[1];
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> {
                // Liquibase keeps executors, history and lock services per database (equal by URL) for the JVM: a
                // second bundle, or a reinstalled one, would get the first run's, bound to its closed connection and
                // history table names, find no history table and try to create it again
                Scope.getCurrentScope().getSingleton(ExecutorService.class).reset();
                ChangeLogHistoryServiceFactory.getInstance().resetAll();
                LockServiceFactory.getInstance().resetAll();
                Database db = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (db instanceof DerbyDatabase derby) {
                    // the embedded engine serves the whole runtime: closing Liquibase must not shut it down
                    derby.setShutdownEmbeddedDerby(false);
                }
                if (historyTablePrefix != null && !historyTablePrefix.isEmpty()) {
                    db.setDatabaseChangeLogTableName(historyTablePrefix + "DATABASECHANGELOG");
                    db.setDatabaseChangeLogLockTableName(historyTablePrefix + "DATABASECHANGELOGLOCK");
                }
                try (Liquibase liquibase = new Liquibase(changelog, new OSGiResourceAccessor(bundle), db)) {
                    applied[0] = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("schema migration of " + bundle.getSymbolicName() + " failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Schema of {}: {} change sets applied in {} ms", bundle.getSymbolicName(), applied[0],
                (System.nanoTime() - start) / 1_000_000);
        return applied[0];
    }
}
