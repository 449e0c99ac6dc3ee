package kz.police.lps.core.internal.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportTable;

/**
 * Draws a {@link ReportChart} with PDF operators: title, y axis with a "nice" scale and grid, one category per row
 * on the x axis (labels slanted when they do not fit), bars side by side or lines with markers, one colour per
 * series, value labels over the bars when there are few, and a legend naming each series by its column label.
 */
final class ChartDrawer {

    static final Color[] PALETTE = {new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xD6, 0x27, 0x28), new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F)};
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color AXIS = new Color(0x44, 0x44, 0x44);
    private static final float LABEL_SIZE = 7.5f;
    private static final double SLANT_DEGREES = 35;

    private final BaseFont font;
    private final ReportDocument doc;

    ChartDrawer(BaseFont font, ReportDocument doc) {
        this.font = font;
        this.doc = doc;
    }

    /** The y axis: from {@code lo} to {@code hi} in steps of {@code step}. */
    record Scale(double lo, double hi, double step) {

        /** A scale with about five "nice" steps (1, 2 or 5 times a power of ten) holding min, max and zero. */
        static Scale of(double min, double max, boolean whole) {
            double lo = Math.min(0, min);
            double hi = Math.max(0, max);
            if (hi - lo < 1e-12) {
                hi = lo + 1;
            }
            double step = nice((hi - lo) / 5);
            if (whole) {
                step = Math.max(1, Math.rint(step));
            }
            return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
        }

        static double nice(double raw) {
            double exp = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / exp;
            double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
            return n * exp;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; lo + i * step <= hi + step / 1000 && i < 100; i++) {
                ticks.add(lo + i * step);
            }
            return ticks;
        }
    }

    void draw(PdfContentByte cb, float width, float height) {
        ReportTable t = doc.table();
        ReportChart chart = t.chart();
        int category = t.indexOf(chart.categoryColumn());
        List<Integer> series = chart.valueColumns().stream().map(t::indexOf).toList();
        int n = t.rows().size();
        int k = series.size();
        Double[][] values = new Double[k][n];
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        boolean whole = true;
        for (int s = 0; s < k; s++) {
            whole &= t.columns().get(series.get(s)).type() == ReportColumn.Type.INTEGER;
            for (int r = 0; r < n; r++) {
                Object v = t.rows().get(r).get(series.get(s));
                if (v instanceof Number num) {
                    values[s][r] = num.doubleValue();
                    min = Math.min(min, values[s][r]);
                    max = Math.max(max, values[s][r]);
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        Scale scale = Scale.of(min, max, whole);

        List<String> categories = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            categories.add(doc.display(row.get(category)));
        }

        float titleH = 20;
        float legendH = 16;
        float axisW = 0;
        for (double tick : scale.ticks()) {
            axisW = Math.max(axisW, font.getWidthPoint(number(tick), LABEL_SIZE));
        }
        float x0 = axisW + 8;
        float x1 = width - 8;
        float groupW = (x1 - x0) / Math.max(1, n);
        boolean slanted = false;
        for (String c : categories) {
            slanted |= font.getWidthPoint(c, LABEL_SIZE) > groupW - 4;
        }
        float categoryH = slanted ? 64 : 16;
        float y0 = legendH + categoryH + 6;
        float y1 = height - titleH - 6;

        // title
        text(cb, (chart.title() != null ? chart.title() : t.title()).in(doc.locale()), 10.5f, Element.ALIGN_CENTER,
                width / 2, height - 13, 0, AXIS);

        // grid and y axis labels
        cb.setLineWidth(0.4f);
        for (double tick : scale.ticks()) {
            float y = y(scale, tick, y0, y1);
            cb.setColorStroke(GRID);
            cb.moveTo(x0, y);
            cb.lineTo(x1, y);
            cb.stroke();
            text(cb, number(tick), LABEL_SIZE, Element.ALIGN_RIGHT, x0 - 4, y - 2.5f, 0, AXIS);
        }

        // series
        float zero = y(scale, 0, y0, y1);
        if (chart.kind() == ReportChart.Kind.BAR) {
            float barW = Math.min(28, groupW * 0.8f / k);
            boolean labels = n * k <= 30;
            for (int r = 0; r < n; r++) {
                float start = x0 + groupW * (r + 0.5f) - barW * k / 2;
                for (int s = 0; s < k; s++) {
                    Double v = values[s][r];
                    if (v == null) {
                        continue;
                    }
                    float top = y(scale, v, y0, y1);
                    float x = start + s * barW;
                    cb.setColorFill(PALETTE[s % PALETTE.length]);
                    cb.rectangle(x + 0.5f, Math.min(zero, top), Math.max(0.5f, barW - 1), Math.abs(top - zero));
                    cb.fill();
                    if (labels) {
                        text(cb, number(v), 6.5f, Element.ALIGN_CENTER, x + barW / 2,
                                v >= 0 ? top + 2 : top - 8, 0, AXIS);
                    }
                }
            }
        } else {
            for (int s = 0; s < k; s++) {
                Color color = PALETTE[s % PALETTE.length];
                cb.setColorStroke(color);
                cb.setColorFill(color);
                cb.setLineWidth(1.4f);
                boolean drawing = false;
                for (int r = 0; r < n; r++) {
                    Double v = values[s][r];
                    if (v == null) {
                        drawing = false;
                        continue;
                    }
                    float x = x0 + groupW * (r + 0.5f);
                    float y = y(scale, v, y0, y1);
                    if (drawing) {
                        cb.lineTo(x, y);
                    } else {
                        cb.moveTo(x, y);
                        drawing = true;
                    }
                }
                cb.stroke();
                for (int r = 0; r < n; r++) {
                    if (values[s][r] != null) {
                        cb.circle(x0 + groupW * (r + 0.5f), y(scale, values[s][r], y0, y1), 2.2f);
                        cb.fill();
                    }
                }
            }
        }

        // axes
        cb.setColorStroke(AXIS);
        cb.setLineWidth(0.8f);
        cb.moveTo(x0, y0);
        cb.lineTo(x0, y1);
        cb.stroke();
        cb.moveTo(x0, zero);
        cb.lineTo(x1, zero);
        cb.stroke();

        // category labels (slanted ones thinned out so they never overlap)
        int every = slanted ? (int) Math.ceil(LABEL_SIZE * 1.5f / groupW) : 1;
        for (int r = 0; r < n; r += every) {
            float cx = x0 + groupW * (r + 0.5f);
            if (slanted) {
                float room = (float) ((categoryH - 4) / Math.sin(Math.toRadians(SLANT_DEGREES)));
                text(cb, fit(categories.get(r), room), LABEL_SIZE, Element.ALIGN_RIGHT, cx + 3, y0 - 8,
                        (float) SLANT_DEGREES, AXIS);
            } else {
                text(cb, categories.get(r), LABEL_SIZE, Element.ALIGN_CENTER, cx, y0 - 10, 0, AXIS);
            }
        }

        // legend
        float x = x0;
        for (int s = 0; s < k; s++) {
            String label = fit(t.columns().get(series.get(s)).label().in(doc.locale()), (x1 - x0) / k - 20);
            cb.setColorFill(PALETTE[s % PALETTE.length]);
            cb.rectangle(x, 4, 8, 8);
            cb.fill();
            text(cb, label, LABEL_SIZE, Element.ALIGN_LEFT, x + 11, 5, 0, AXIS);
            x += 11 + font.getWidthPoint(label, LABEL_SIZE) + 16;
        }
    }

    private static float y(Scale scale, double v, float y0, float y1) {
        return (float) (y0 + (v - scale.lo()) / (scale.hi() - scale.lo()) * (y1 - y0));
    }

    private void text(PdfContentByte cb, String s, float size, int align, float x, float y, float rotation,
            Color color) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(color);
        cb.showTextAligned(align, s, x, y, rotation);
        cb.endText();
    }

    /** The text, shortened with an ellipsis to fit the width. */
    private String fit(String s, float width) {
        if (font.getWidthPoint(s, LABEL_SIZE) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", LABEL_SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
