package kz.police.lps.core.api.rest;

/**
 * The REST whiteboard. A bundle publishes JAX-RS resources by registering any object annotated with
 * {@code javax.ws.rs.Path} as an OSGi service with the property {@value #BASE} set to its base path under
 * {@code /api/v1} (e.g. {@code /district}; the core uses {@code /}). The core groups the resources by base path
 * and serves each group as one endpoint with the LPS conventions: JSON, JAAS authentication, problem+json errors,
 * {@code Accept-Language}, OpenAPI. A resource method receives the authenticated caller with
 * {@code @Context Caller caller}.
 */
public final class RestResources {

    /** Service property: the base path of the resource under {@code /api/v1}. */
    public static final String BASE = "lps.rest.base";

    /** Base path of the core's own resources. */
    public static final String CORE_BASE = "/";

    private RestResources() {
    }
}
