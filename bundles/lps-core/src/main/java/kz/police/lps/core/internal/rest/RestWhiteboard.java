package kz.police.lps.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.internal.security.LpsJaasRealm;

/**
 * The REST whiteboard: every service with the property {@code lps.rest.base} is a JAX-RS resource. Resources are
 * grouped by base path and each group is served by one CXF endpoint at {@code /api/v1<base>} with the LPS
 * providers (JSON, problem+json, JAAS Basic authentication against the {@code lps} realm, {@code @Context Caller})
 * and its OpenAPI document and Swagger UI. A group's endpoint is rebuilt when its resources change, so installing or
 * removing a unit touches only that unit's endpoint.
 */
@Component(immediate = true)
public class RestWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(RestWhiteboard.class);
    private static final long SETTLE_MILLIS = 300;

    private final BundleContext context;
    private final CallerFactory callers;
    private final UnitMessages messages;
    private final String version;
    private final Map<String, Map<ServiceReference<Object>, Object>> groups = new ConcurrentHashMap<>();
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lps-rest-whiteboard");
        t.setDaemon(true);
        return t;
    });
    private final ServiceTracker<Object, Object> tracker;
    private volatile boolean closed;

    @Activate
    public RestWhiteboard(BundleContext context, @Reference CallerFactory callers, @Reference UnitMessages messages,
            @Reference(target = "(realm=" + LpsJaasRealm.NAME + ")") JaasRealm realm) throws InvalidSyntaxException {
        this.context = context;
        this.callers = callers;
        this.messages = messages;
        this.version = context.getBundle().getVersion().toString();
        this.tracker = new ServiceTracker<>(context, context.createFilter("(" + RestResources.BASE + "=*)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Object resource = context.getService(ref);
                String base = base(ref);
                groups.computeIfAbsent(base, b -> new ConcurrentHashMap<>()).put(ref, resource);
                schedule(base, SETTLE_MILLIS);
                return resource;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object resource) {
                String base = base(ref);
                Map<ServiceReference<Object>, Object> group = groups.get(base);
                if (group != null) {
                    group.remove(ref);
                }
                if (closed) {
                    context.ungetService(ref);
                    return;
                }
                try {
                    // rebuild now, then release: no request reaches the resource once its service is gone
                    executor.submit(() -> rebuild(base)).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    LOG.warn("REST endpoint {} not rebuilt at once: {}", base, e.toString());
                    schedule(base, 0);
                }
                context.ungetService(ref);
            }
        };
        tracker.open(true);
    }

    @Deactivate
    synchronized void deactivate() throws InterruptedException {
        closed = true;
        tracker.close();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        servers.values().forEach(Server::destroy);
        servers.clear();
    }

    private static String base(ServiceReference<?> ref) {
        String base = String.valueOf(ref.getProperty(RestResources.BASE)).trim();
        if (base.isEmpty() || "/".equals(base)) {
            return "/";
        }
        base = base.startsWith("/") ? base : "/" + base;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private void schedule(String base, long delayMillis) {
        ScheduledFuture<?> previous = pending.put(base,
                executor.schedule(() -> rebuild(base), delayMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private synchronized void rebuild(String base) {
        if (closed) {
            return;
        }
        Server old = servers.remove(base);
        if (old != null) {
            old.destroy();
        }
        Map<ServiceReference<Object>, Object> group = groups.getOrDefault(base, Map.of());
        if (group.isEmpty()) {
            LOG.info("REST endpoint /api/v1{} removed", "/".equals(base) ? "" : base);
            return;
        }
        List<Object> resources = new ArrayList<>(group.values());
        try {
            servers.put(base, create(base, resources));
            LOG.info("REST endpoint /api/v1{} serves {} resources", "/".equals(base) ? "" : base, resources.size());
        } catch (RuntimeException e) {
            LOG.error("Cannot publish REST endpoint for base {}", base, e);
        }
    }

    /** The resource classes of every endpoint but the core's, by base path. */
    private Map<String, List<Class<?>>> otherEndpoints() {
        Map<String, List<Class<?>>> others = new java.util.TreeMap<>();
        groups.forEach((base, group) -> {
            if (!"/".equals(base) && !group.isEmpty()) {
                others.put(base, group.values().stream().<Class<?>>map(Object::getClass).toList());
            }
        });
        return others;
    }

    private Server create(String base, List<Object> resources) {
        String address = "/v1" + ("/".equals(base) ? "" : base);
        Bus bus = BusFactory.getDefaultBus();
        JAXRSServerFactoryBean bean = new JAXRSServerFactoryBean();
        bean.setBus(bus);
        bean.setAddress(address);
        bean.setServiceBeans(resources);
        bean.setProviders(List.of(new JacksonJsonProvider(Json.mapper()), new ProblemMapper(messages),
                new ProblemJaasFilter(LpsJaasRealm.NAME), new CallerProvider(callers)));
        Set<String> packages = new TreeSet<>();
        resources.forEach(r -> packages.add(r.getClass().getPackageName()));
        OpenApiFeature openApi = new OpenApiFeature();
        openApi.setTitle("/".equals(base) ? "LPS core API" : "LPS API " + base);
        openApi.setDescription("Local Police Service platform. Authentication: HTTP Basic (realm LPS). Errors: "
                + "application/problem+json. Languages: Accept-Language kk (default), ru, en.");
        openApi.setVersion(version);
        openApi.setScan(false);
        // one Swagger context per endpoint: with the shared default context every endpoint would serve the first one's document
        openApi.setUseContextBasedConfig(true);
        openApi.setResourcePackages(packages);
        openApi.setPrettyPrint(true);
        openApi.setSupportSwaggerUi(true);
        openApi.setSwaggerUiConfig(new SwaggerUiConfig().url("/api" + address + "/openapi.json")
                .queryConfigEnabled(false));
        if ("/".equals(base)) {
            openApi.setCustomizer(new AggregatedOpenApi(this::otherEndpoints));
        }
        bean.setFeatures(List.of(openApi));
        return bean.create();
    }
}
