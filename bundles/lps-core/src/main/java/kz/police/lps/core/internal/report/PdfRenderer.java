package kz.police.lps.core.internal.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportTable;

/**
 * PDF with OpenPDF: title, parameters, generation time, the table (header repeated on every page, totals in bold)
 * and the chart drawn with OpenPDF's own content stream ({@link ChartDrawer}), so no AWT rendering and no headless
 * concerns. Text uses one embedded Unicode TrueType font (subset, Identity-H) so Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і)
 * renders and can be extracted: Liberation Sans as shipped inside the OpenPDF bundle, or a TTF file configured in
 * {@code kz.police.lps.reports} ({@code fontFile}).
 */
public final class PdfRenderer {

    /** Liberation Sans (SIL OFL) inside the OpenPDF 2.0 jar; covers Latin, Greek and all of Cyrillic. */
    static final String BUNDLED_FONT = "/font-fallback/LiberationSans-Regular.ttf";

    private static final Color HEADER_FILL = new Color(0xDD, 0xE4, 0xEE);
    private static final Color TOTALS_FILL = new Color(0xF0, 0xF0, 0xF0);
    private static final Color BORDER = new Color(0x99, 0x99, 0x99);
    private static final float MARGIN = 36f;
    private static final float CHART_HEIGHT = 270f;

    private final byte[] fontBytes;

    private PdfRenderer(byte[] fontBytes) {
        this.fontBytes = fontBytes;
    }

    /** A renderer with the font OpenPDF ships, or the given TrueType file when not blank. */
    public static PdfRenderer withFont(String fontFile) {
        try {
            if (fontFile != null && !fontFile.isBlank()) {
                return new PdfRenderer(Files.readAllBytes(Path.of(fontFile.trim())));
            }
            try (InputStream in = BaseFont.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("OpenPDF ships no " + BUNDLED_FONT
                            + "; set fontFile in kz.police.lps.reports to a Unicode TrueType font");
                }
                return new PdfRenderer(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BaseFont font() {
        try {
            return BaseFont.createFont("lps-report.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fontBytes,
                    null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the report font", e);
        }
    }

    public void render(ReportDocument doc, OutputStream out) {
        ReportTable t = doc.table();
        BaseFont base = font();
        Rectangle size = t.columns().size() > 6 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(size, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new Footer(base, doc));
            document.addTitle(doc.title());
            document.addCreator("LPS");
            document.addAuthor(doc.run().requestedBy());
            document.addSubject(doc.run().reportId() + (doc.run().period() == null ? "" : " " + doc.run().period()));
            document.open();

            Paragraph title = new Paragraph(doc.title(), new Font(base, 15, Font.BOLD));
            title.setSpacingAfter(6);
            document.add(title);
            Font small = new Font(base, 9);
            for (String[] p : doc.parameters()) {
                document.add(new Paragraph(p[0] + ": " + p[1], small));
            }
            Paragraph gap = new Paragraph(" ", small);
            document.add(gap);

            if (t.rows().isEmpty()) {
                document.add(new Paragraph(ReportLabels.NO_ROWS.in(doc.locale()), new Font(base, 10)));
            } else {
                document.add(table(doc, base));
            }
            if (t.chart() != null && !t.rows().isEmpty()) {
                float width = document.right() - document.left();
                PdfContentByte cb = writer.getDirectContent();
                PdfTemplate template = cb.createTemplate(width, CHART_HEIGHT);
                new ChartDrawer(base, doc).draw(template, width, CHART_HEIGHT);
                Image chart = Image.getInstance(template);
                chart.setSpacingBefore(14);
                chart.setAlignment(Element.ALIGN_CENTER);
                document.add(chart);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed: " + e.getMessage(), e);
        }
    }

    private static PdfPTable table(ReportDocument doc, BaseFont base) throws DocumentException {
        ReportTable t = doc.table();
        int n = t.columns().size();
        PdfPTable table = new PdfPTable(n);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = t.columns().get(i).type() == ReportColumn.Type.TEXT ? 3f : 1.4f;
        }
        table.setWidths(widths);
        Font header = new Font(base, 9, Font.BOLD);
        Font body = new Font(base, 9);
        Font bold = new Font(base, 9, Font.BOLD);
        for (ReportColumn c : t.columns()) {
            PdfPCell cell = cell(c.label().in(doc.locale()), header, c.type());
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < n; i++) {
                table.addCell(cell(doc.display(row.get(i)), body, t.columns().get(i).type()));
            }
        }
        if (t.totals() != null) {
            for (int i = 0; i < n; i++) {
                PdfPCell cell = cell(doc.display(doc.totalsCell(i)), bold, t.columns().get(i).type());
                cell.setBackgroundColor(TOTALS_FILL);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, ReportColumn.Type type) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(type.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3.5f);
        cell.setBorderColor(BORDER);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** Page number and report title at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final BaseFont base;
        private final ReportDocument doc;

        Footer(BaseFont base, ReportDocument doc) {
            this.base = base;
            this.doc = doc;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(base, 7.5f);
            cb.setColorFill(Color.GRAY);
            float y = document.bottom() - 18;
            cb.showTextAligned(Element.ALIGN_LEFT, "LPS · " + doc.run().reportId(), document.left(), y, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, ReportLabels.PAGE.in(doc.locale()) + " " + writer.getPageNumber(),
                    document.right(), y, 0);
            cb.endText();
            cb.restoreState();
        }
    }
}
