package kz.police.lps.core.api.rest;

/** The stable problem types of {@code application/problem+json} answers. */
public final class ProblemTypes {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BASE = "urn:lps:problem:";

    private ProblemTypes() {
    }

    public static String uri(String slug) {
        return BASE + slug;
    }
}
