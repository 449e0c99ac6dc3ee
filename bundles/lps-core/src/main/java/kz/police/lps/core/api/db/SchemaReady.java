package kz.police.lps.core.api.db;

/**
 * Marker service a bundle registers once its schema is migrated, with the property {@value #SCHEMA} naming the
 * schema. Components that use the bundle's persistence unit reference it with a target filter, so no entity manager
 * is used before the tables exist.
 */
public interface SchemaReady {

    String SCHEMA = "lps.schema";

    /**
     * Target filter of the core's schema: a unit whose migrations refer to core tables (a data copy, say) has its
     * schema component reference it, so it migrates after the core.
     */
    String CORE_TARGET = "(" + SCHEMA + "=lps-core)";
}
