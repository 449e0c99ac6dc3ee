package kz.police.lps.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages units ship for their own error codes: the manifest header {@value #HEADER} names a base path in the
 * bundle, e.g. {@code lps/messages}, and the files {@code lps/messages.properties} (Kazakh), {@code _ru} and
 * {@code _en} beside it (UTF-8). A unit's messages leave with the unit; the core's own codes are never overridden.
 */
@Component(service = UnitMessages.class)
public class UnitMessages {

    public static final String HEADER = "LPS-Messages";

    private static final Logger LOG = LoggerFactory.getLogger(UnitMessages.class);
    private static final String[] LANGUAGES = {"", "ru", "en"};

    /** bundle id → language ("" = Kazakh) → messages. */
    private final Map<Long, Map<String, Properties>> bundles = new ConcurrentHashMap<>();
    private final BundleTracker<Long> tracker;

    @Activate
    public UnitMessages(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String base = bundle.getHeaders("").get(HEADER);
                if (base == null) {
                    return null;
                }
                bundles.put(bundle.getBundleId(), load(bundle, base.trim()));
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                bundles.remove(id);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** The pattern for the code in the locale's language (Kazakh when the language has none), if a unit has one. */
    public Optional<String> pattern(Locale locale, String code) {
        String language = "kk".equals(locale.getLanguage()) ? "" : locale.getLanguage();
        for (Map<String, Properties> files : bundles.values()) {
            String pattern = files.getOrDefault(language, files.get("")).getProperty(code);
            if (pattern == null) {
                pattern = files.get("").getProperty(code);
            }
            if (pattern != null) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Properties> load(Bundle bundle, String base) {
        Map<String, Properties> files = new HashMap<>();
        for (String language : LANGUAGES) {
            Properties p = new Properties();
            URL url = bundle.getEntry(base + (language.isEmpty() ? "" : "_" + language) + ".properties");
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    LOG.error("{}: messages {} unreadable", bundle.getSymbolicName(), url, e);
                }
            }
            files.put(language, p);
        }
        return files;
    }
}
