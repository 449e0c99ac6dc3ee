package kz.police.lps.core.internal.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.cxf.jaxrs.openapi.OpenApiCustomizer;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Makes {@code /api/v1/openapi.json} cover every resource installed right now: after CXF has described the core's
 * endpoint, the resources of every other endpoint (the units') are read with Swagger's JAX-RS reader and added with
 * their base path ({@code /district/...}). Swagger caches the core document and hands the same instance to every
 * call, so what was added last time is taken out first: the document follows units being installed and removed.
 */
class AggregatedOpenApi extends OpenApiCustomizer {

    private final Supplier<Map<String, List<Class<?>>>> otherEndpoints;
    private final Set<String> addedPaths = new LinkedHashSet<>();
    private final Set<String> addedSchemas = new LinkedHashSet<>();
    private final Set<String> addedTags = new LinkedHashSet<>();

    AggregatedOpenApi(Supplier<Map<String, List<Class<?>>>> otherEndpoints) {
        this.otherEndpoints = otherEndpoints;
    }

    @Override
    public synchronized void customize(OpenAPI oas) {
        super.customize(oas);
        if (oas.getPaths() != null) {
            addedPaths.forEach(oas.getPaths()::remove);
        }
        if (oas.getComponents() != null && oas.getComponents().getSchemas() != null) {
            addedSchemas.forEach(oas.getComponents().getSchemas()::remove);
        }
        if (oas.getTags() != null) {
            oas.getTags().removeIf(t -> addedTags.contains(t.getName()));
        }
        addedPaths.clear();
        addedSchemas.clear();
        addedTags.clear();
        otherEndpoints.get().forEach((base, classes) -> merge(oas, base, read(classes)));
    }

    private static OpenAPI read(List<Class<?>> classes) {
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()));
        return reader.read(new LinkedHashSet<>(classes));
    }

    private void merge(OpenAPI into, String base, OpenAPI part) {
        if (part.getPaths() != null) {
            if (into.getPaths() == null) {
                into.setPaths(new Paths());
            }
            part.getPaths().forEach((path, item) -> {
                into.getPaths().addPathItem(base + path, item);
                addedPaths.add(base + path);
            });
        }
        if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
            if (into.getComponents() == null) {
                into.setComponents(new Components());
            }
            part.getComponents().getSchemas().forEach((name, schema) -> {
                if (into.getComponents().getSchemas() == null
                        || !into.getComponents().getSchemas().containsKey(name)) {
                    into.getComponents().addSchemas(name, schema);
                    addedSchemas.add(name);
                }
            });
        }
        if (part.getTags() != null) {
            Set<String> known = new LinkedHashSet<>();
            if (into.getTags() != null) {
                into.getTags().forEach(t -> known.add(t.getName()));
            }
            for (Tag tag : part.getTags()) {
                if (known.add(tag.getName())) {
                    into.addTagsItem(tag);
                    addedTags.add(tag.getName());
                }
            }
        }
    }
}
