package kz.police.lps.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportTable;

/**
 * The result as JSON in one language: the run's parameters, the columns (key, label, type), the rows and totals as
 * objects keyed by column key, and the chart spec (kind, title, category column, series with their labels).
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonRenderer() {
    }

    public static void render(ReportDocument doc, OutputStream out) {
        try {
            MAPPER.writeValue(out, tree(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(ReportDocument doc) {
        ReportTable t = doc.table();
        ObjectNode root = NODES.objectNode();
        root.put("runId", doc.run().id());
        root.put("reportId", doc.run().reportId());
        root.put("lang", doc.locale().getLanguage());
        root.put("title", doc.title());
        root.put("period", doc.run().period());
        if (doc.run().departmentId() != null) {
            root.put("departmentId", doc.run().departmentId());
        }
        root.put("department", doc.department());
        root.put("requestedBy", doc.run().requestedBy());
        root.put("generatedAt", doc.run().finishedAt() == null ? null : doc.run().finishedAt().toString());
        ArrayNode columns = root.putArray("columns");
        for (ReportColumn c : t.columns()) {
            ObjectNode col = columns.addObject();
            col.put("key", c.key());
            col.put("label", c.label().in(doc.locale()));
            col.put("type", c.type().name());
        }
        ArrayNode rows = root.putArray("rows");
        for (List<Object> r : t.rows()) {
            rows.add(row(doc, t, r, false));
        }
        if (t.totals() != null) {
            root.set("totals", row(doc, t, t.totals(), true));
        }
        ReportChart chart = t.chart();
        if (chart != null) {
            ObjectNode c = root.putObject("chart");
            c.put("kind", chart.kind().name());
            c.put("title", (chart.title() != null ? chart.title() : t.title()).in(doc.locale()));
            c.put("categoryColumn", chart.categoryColumn());
            ArrayNode series = c.putArray("series");
            for (String key : chart.valueColumns()) {
                ObjectNode s = series.addObject();
                s.put("column", key);
                s.put("label", t.column(key).label().in(doc.locale()));
            }
        }
        return root;
    }

    private static ObjectNode row(ReportDocument doc, ReportTable t, List<Object> r, boolean totals) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < t.columns().size(); i++) {
            String key = t.columns().get(i).key();
            Object v = totals ? doc.totalsCell(i) : r.get(i);
            if (v == null) {
                o.putNull(key);
            } else if (v instanceof LocalizedText l) {
                o.put(key, l.in(doc.locale()));
            } else if (v instanceof Long l) {
                o.put(key, l);
            } else if (v instanceof BigDecimal d) {
                o.put(key, d);
            } else if (v instanceof LocalDate d) {
                o.put(key, d.toString());
            } else {
                o.put(key, v.toString());
            }
        }
        return o;
    }
}
