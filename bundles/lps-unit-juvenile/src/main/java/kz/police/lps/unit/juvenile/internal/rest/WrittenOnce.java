package kz.police.lps.unit.juvenile.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** Answers for records written once and never updated (no version, so no ETag). */
final class WrittenOnce {

    private WrittenOnce() {
    }

    /** 201 with the new record's location. */
    static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }
}
