package kz.police.lps.core.api.db;

import org.osgi.framework.Bundle;

/**
 * Runs a bundle's Liquibase changelog on the LPS datasource. Each bundle owns its schema: its changelog lives in the
 * bundle, and its history in its own changelog table, so a unit can be removed and reinstalled without touching
 * anything else. Nothing here drops tables: uninstalling a bundle keeps its data.
 */
public interface SchemaMigrator {

    /**
     * Applies the changes of {@code changelog} (a resource path inside {@code bundle}) not yet applied.
     *
     * @param historyTablePrefix prefix of the bundle's own history tables, e.g. {@code DISTRICT_} gives
     *                           {@code DISTRICT_DATABASECHANGELOG} and {@code DISTRICT_DATABASECHANGELOGLOCK}
     * @return the number of change sets applied
     */
    int migrate(Bundle bundle, String changelog, String historyTablePrefix);
}
