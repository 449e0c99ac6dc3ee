package kz.police.lps.core.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.message.Message;

/** Reads a request header from a CXF message, case-insensitively. */
final class RequestHeaders {

    private RequestHeaders() {
    }

    @SuppressWarnings("unchecked")
    static String first(Message m, String name) {
        Object headers = m.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map)) {
            return null;
        }
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll((Map<String, List<String>>) headers);
        List<String> values = map.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
