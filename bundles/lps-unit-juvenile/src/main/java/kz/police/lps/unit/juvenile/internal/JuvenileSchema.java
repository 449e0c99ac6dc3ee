package kz.police.lps.unit.juvenile.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaMigrator;
import kz.police.lps.core.api.db.SchemaReady;

/**
 * The unit's own schema: its Liquibase changelog runs when the bundle starts, with its history in
 * {@code JUVENILEDATABASECHANGELOG} (letters only: see {@link SchemaMigrator#migrate}); then this marker is registered
 * and the unit's services start. Uninstalling the unit drops nothing, so a reinstalled unit finds every row again.
 */
@Component(service = SchemaReady.class, property = SchemaReady.SCHEMA + "=" + JuvenileSchema.NAME)
public class JuvenileSchema implements SchemaReady {

    public static final String NAME = "lps-juvenile";
    /** Target filter for the unit's components that use its persistence unit. */
    public static final String TARGET = "(" + SchemaReady.SCHEMA + "=" + NAME + ")";
    /** Target filter of the unit's {@code JpaTemplate}. */
    public static final String JPA = "(osgi.unit.name=" + NAME + ")";

    @Activate
    public JuvenileSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate(context.getBundle(), "db/lps-juvenile/changelog.xml", "JUVENILE");
    }
}
