package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;

/** What the unit's REST resources share: their base path and the small conversions every resource makes. */
public final class DistrictRest {

    /** The unit's resources are served under {@code /api/v1/district}. */
    public static final String BASE = RestResources.BASE + "=/district";

    private DistrictRest() {
    }

    /** 200 with the version as ETag, for records updated with If-Match. */
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

    /** An officer id, or {@code me} (the officer tied to the caller's login); null when absent. */
    public static Long officer(Caller caller, DistrictAccess access, String name, String value) {
        String v = RestParams.text(value);
        if (v == null) {
            return null;
        }
        if ("me".equalsIgnoreCase(v)) {
            return access.officerIdOf(caller).orElseThrow(() -> ValidationException.of(name, "officer.me.none"));
        }
        return RestParams.id(name, v);
    }
}
