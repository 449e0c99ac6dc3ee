package kz.police.lps.core.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportTable;

/**
 * A {@link ReportTable} as the JSON stored with its run (all three languages kept, so a stored result renders in any
 * of them), and back. Cells are typed by their column: text as a string or {@code {kk, ru, en}}, integers and
 * decimals as JSON numbers (decimals exactly), dates as ISO strings.
 */
public final class ReportTableCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).setNodeFactory(NODES);

    private ReportTableCodec() {
    }

    public static String write(ReportTable table) {
        ObjectNode root = NODES.objectNode();
        root.set("title", text(table.title()));
        ArrayNode columns = root.putArray("columns");
        for (ReportColumn c : table.columns()) {
            ObjectNode col = columns.addObject();
            col.put("key", c.key());
            col.set("label", text(c.label()));
            col.put("type", c.type().name());
        }
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : table.rows()) {
            rows.add(row(row));
        }
        if (table.totals() != null) {
            root.set("totals", row(table.totals()));
        }
        ReportChart chart = table.chart();
        if (chart != null) {
            ObjectNode c = root.putObject("chart");
            c.put("kind", chart.kind().name());
            if (chart.title() != null) {
                c.set("title", text(chart.title()));
            }
            c.put("categoryColumn", chart.categoryColumn());
            ArrayNode values = c.putArray("valueColumns");
            chart.valueColumns().forEach(values::add);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportTable read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReportColumn> columns = new ArrayList<>();
        for (JsonNode c : root.path("columns")) {
            columns.add(new ReportColumn(c.path("key").asText(), localized(c.path("label")),
                    ReportColumn.Type.valueOf(c.path("type").asText())));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : root.path("rows")) {
            rows.add(cells(columns, r));
        }
        List<Object> totals = root.hasNonNull("totals") ? cells(columns, root.get("totals")) : null;
        ReportChart chart = null;
        JsonNode c = root.get("chart");
        if (c != null && !c.isNull()) {
            List<String> values = new ArrayList<>();
            c.path("valueColumns").forEach(v -> values.add(v.asText()));
            chart = new ReportChart(ReportChart.Kind.valueOf(c.path("kind").asText()),
                    c.hasNonNull("title") ? localized(c.get("title")) : null, c.path("categoryColumn").asText(),
                    values);
        }
        return new ReportTable(localized(root.path("title")), columns, rows, totals, chart);
    }

    static ObjectNode text(LocalizedText t) {
        ObjectNode n = NODES.objectNode();
        n.put("kk", t.kk());
        n.put("ru", t.ru());
        n.put("en", t.en());
        return n;
    }

    static LocalizedText localized(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return new LocalizedText(n.asText(), null, null);
        }
        return new LocalizedText(n.path("kk").asText(), n.hasNonNull("ru") ? n.get("ru").asText() : null,
                n.hasNonNull("en") ? n.get("en").asText() : null);
    }

    /** A stored LocalizedText JSON string, or null. */
    public static LocalizedText readText(String json) {
        if (json == null) {
            return null;
        }
        try {
            return localized(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeText(LocalizedText t) {
        return t == null ? null : text(t).toString();
    }

    private static ArrayNode row(List<Object> row) {
        ArrayNode a = NODES.arrayNode();
        for (Object v : row) {
            if (v == null) {
                a.addNull();
            } else if (v instanceof String s) {
                a.add(s);
            } else if (v instanceof LocalizedText t) {
                a.add(text(t));
            } else if (v instanceof Long l) {
                a.add(l);
            } else if (v instanceof BigDecimal d) {
                a.add(d);
            } else if (v instanceof LocalDate d) {
                a.add(d.toString());
            } else {
                throw new IllegalArgumentException("cell " + v.getClass());
            }
        }
        return a;
    }

    private static List<Object> cells(List<ReportColumn> columns, JsonNode row) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (JsonNode v : row) {
            ReportColumn.Type type = i < columns.size() ? columns.get(i).type() : ReportColumn.Type.TEXT;
            i++;
            if (v.isNull()) {
                out.add(null);
                continue;
            }
            out.add(switch (type) {
                case TEXT -> v.isObject() ? localized(v) : v.asText();
                case INTEGER -> v.asLong();
                case DECIMAL -> v.decimalValue();
                case DATE -> LocalDate.parse(v.asText());
            });
        }
        return out;
    }
}
