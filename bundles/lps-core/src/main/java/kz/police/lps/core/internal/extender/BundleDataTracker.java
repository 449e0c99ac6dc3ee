package kz.police.lps.core.internal.extender;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.police.lps.core.internal.rest.Json;

/**
 * The extender pattern for data a unit ships in its bundle: a manifest header names a JSON file, the file is read
 * when the bundle starts and handed to a {@link Catalog} that accepts or refuses it whole; when the bundle stops the
 * contribution is withdrawn. Used by the norms registry, the register grounds and the application kinds.
 *
 * @param <T> the file's shape
 */
public final class BundleDataTracker<T> {

    /** Where the contributions go. */
    public interface Catalog<T> {

        /** Adds a bundle's file; returns the problems found (empty when accepted, else nothing was added). */
        List<String> add(long bundleId, T file);

        /** Withdraws what the bundle contributed. */
        void remove(long bundleId);

        /** A short account of an accepted file for the log, e.g. "3 acts, 12 norms". */
        String describe(T file);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BundleDataTracker.class);

    private final String header;
    private final Class<T> type;
    private final Catalog<T> catalog;
    private final ObjectMapper json = Json.mapper();
    private final BundleTracker<Long> tracker;

    public BundleDataTracker(BundleContext context, String header, Class<T> type, Catalog<T> catalog) {
        this.header = header;
        this.type = type;
        this.catalog = catalog;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String path = bundle.getHeaders("").get(BundleDataTracker.this.header);
                return path == null ? null : load(bundle, path.trim()) ? bundle.getBundleId() : null;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                BundleDataTracker.this.catalog.remove(id);
                LOG.info("{} of {} withdrawn", BundleDataTracker.this.header, bundle.getSymbolicName());
            }
        };
    }

    public BundleDataTracker<T> open() {
        tracker.open();
        return this;
    }

    public void close() {
        tracker.close();
    }

    private boolean load(Bundle bundle, String path) {
        URL url = bundle.getEntry(path);
        if (url == null) {
            LOG.error("{}: {} names {}, which the bundle does not contain", bundle.getSymbolicName(), header, path);
            return false;
        }
        try (InputStream in = url.openStream()) {
            T file = json.readValue(in, type);
            List<String> problems = catalog.add(bundle.getBundleId(), file);
            if (!problems.isEmpty()) {
                LOG.error("{} of {} refused: {}", header, bundle.getSymbolicName(), problems);
                return false;
            }
            LOG.info("{} of {}: {}", header, bundle.getSymbolicName(), catalog.describe(file));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("{} of {} unreadable ({})", header, bundle.getSymbolicName(), path, e);
            return false;
        }
    }
}
