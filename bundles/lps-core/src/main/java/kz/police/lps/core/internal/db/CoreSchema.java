package kz.police.lps.core.internal.db;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaMigrator;
import kz.police.lps.core.api.db.SchemaReady;

/** Migrates the core schema when the core starts; registered as {@code SchemaReady(lps.schema=lps-core)}. */
@Component(service = SchemaReady.class, property = SchemaReady.SCHEMA + "=" + CoreSchema.NAME)
public class CoreSchema implements SchemaReady {

    public static final String NAME = "lps-core";
    public static final String TARGET = "(" + SchemaReady.SCHEMA + "=" + NAME + ")";

    @Activate
    public CoreSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate(context.getBundle(), "db/lps-core/changelog.xml", null);
    }
}
