package kz.police.lps.core.internal.calendar;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.internal.rest.Json;

/** Reads and writes calendar year files; comments such as {@code "_about"} are ignored. */
public final class CalendarFiles {

    private static final ObjectMapper MAPPER = Json.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CalendarFiles() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static CalendarYear read(InputStream in) throws IOException {
        return MAPPER.readValue(in, CalendarYear.class);
    }
}
