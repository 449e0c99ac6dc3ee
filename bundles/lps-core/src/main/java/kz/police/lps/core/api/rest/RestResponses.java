package kz.police.lps.core.api.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** The answers a unit's REST resources give for records updated with If-Match: the version as the ETag. */
public final class RestResponses {

    private RestResponses() {
    }

    /** 200 with the version as ETag. */
    public static Response ok(Object body, Long version) {
        return Response.ok(body).tag(RestParams.etag(version)).build();
    }

    /** 201 with the new record's location and ETag. */
    public static Response created(UriInfo uri, Object id, Object body, Long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body)
                .tag(RestParams.etag(version)).build();
    }

    /** A path id: 422 naming it when not a number. */
    public static long id(String name, String value) {
        return RestParams.required(name, RestParams.id(name, value));
    }
}
