package kz.police.lps.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportTable;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted (quotes doubled) when it holds a comma, a quote, CR
 * or LF. UTF-8 with a byte order mark, so that Excel shows Cyrillic. First row: the column labels in the document's
 * language; the totals row last. A text cell starting with {@code = + - @} (or tab/CR) is prefixed with {@code '} so
 * a spreadsheet does not run it as a formula.
 */
public final class CsvRenderer {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvRenderer() {
    }

    public static void render(ReportDocument doc, OutputStream out) {
        try {
            out.write(BOM);
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReportTable t = doc.table();
            List<String> header = new ArrayList<>();
            t.columns().forEach(c -> header.add(c.label().in(doc.locale())));
            line(w, header);
            for (List<Object> row : t.rows()) {
                line(w, cells(doc, t, row, false));
            }
            if (t.totals() != null) {
                line(w, cells(doc, t, t.totals(), true));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(ReportDocument doc, ReportTable t, List<Object> row, boolean totals) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            Object v = totals ? doc.totalsCell(i) : row.get(i);
            String s = ReportDocument.plain(v, doc.locale());
            out.add(t.columns().get(i).type() == ReportColumn.Type.TEXT ? defuse(s) : s);
        }
        return out;
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(escape(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** One field as RFC 4180 wants it. */
    static String escape(String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Text that a spreadsheet would take for a formula, made inert. */
    static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
