package kz.police.lps.core.api.db;

/**
 * Marker service a bundle registers once its schema is migrated, with the property {@value #SCHEMA} naming the
 * schema. Components that use the bundle's persistence unit reference it with a target filter, so no entity manager
 * is used before the tables exist.
 */
public interface SchemaReady {

    String SCHEMA = "lps.schema";
}
