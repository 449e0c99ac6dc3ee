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
     * @param historyTablePrefix prefix of the bundle's own history tables, upper-case letters and digits only, e.g.
     *                           {@code DISTRICT} gives {@code DISTRICTDATABASECHANGELOG} and
     *                           {@code DISTRICTDATABASECHANGELOGLOCK} (Liquibase 4.33 on Derby does not find an
     *                           existing history table whose name has an underscore, and would try to create it
     *                           again); null for the core's own
     * @return the number of change sets applied
     */
    int migrate(Bundle bundle, String changelog, String historyTablePrefix);
}
