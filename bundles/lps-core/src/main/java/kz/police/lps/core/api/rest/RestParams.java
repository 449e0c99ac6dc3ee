package kz.police.lps.core.api.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.page.Page;

/**
 * The REST conventions as helpers for resource classes of the core and of units. Query and path parameters are taken
 * as strings and parsed here, so a bad value is a 422 naming the parameter (JAX-RS would answer a bare 404). Also the
 * ETag / If-Match and paging conventions ({@code X-Total-Count}, {@code Link: rel="next"}).
 */
public final class RestParams {

    private RestParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "param.number");
        }
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "param.number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "param.date");
        }
    }

    /** An instant, or a date meaning its start (UTC). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "param.instant");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "param.enum", Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The value, or a 422 naming the parameter when it is missing. */
    /** {@code true} or {@code false}; null when absent; anything else is a 422 naming the parameter. */
    public static Boolean bool(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw ValidationException.of(name, "param.enum", "[true, false]");
        }
        return Boolean.valueOf(v);
    }

    public static <T> T required(String name, T value) {
        if (value == null) {
            throw ValidationException.of(name, "required");
        }
        return value;
    }

    /** The request body, or a 422 naming {@code body} when the client sent none. */
    public static <T> T requireBody(T body) {
        return required("body", body);
    }

    /** A trimmed text parameter, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The version named by an {@code If-Match} header ({@code "3"} or {@code W/"3"}), or null when absent. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public static EntityTag etag(Long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the page and, when more follow, a {@code Link: <...>; rel="next"} header. */
    public static Response page(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder b = Response.ok(page).header("X-Total-Count", page.total());
        if (page.hasNext()) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("offset", page.offset() + page.items().size())
                    .replaceQueryParam("limit", page.limit()).build();
            b.link(next, "next");
        }
        return b.build();
    }
}
