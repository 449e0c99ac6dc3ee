package kz.police.lps.core.internal.report;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.report.ReportTable;

public class ReportRenderersTest {

    private static final Locale KK = LocalizedText.KAZAKH;

    @Test
    public void csvFieldsAreEscapedAsRfc4180Wants() {
        assertEquals("plain", CsvRenderer.escape("plain"));
        assertEquals("\"a,b\"", CsvRenderer.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvRenderer.escape("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CsvRenderer.escape("two\r\nlines"));
        assertEquals("\"lf\nonly\"", CsvRenderer.escape("lf\nonly"));
        assertEquals("", CsvRenderer.escape(""));
        assertEquals("Қазақ тілі", CsvRenderer.escape("Қазақ тілі"));
    }

    @Test
    public void csvTextThatLooksLikeAFormulaIsDefused() {
        assertEquals("'=1+1", CsvRenderer.defuse("=1+1"));
        assertEquals("'+7 701", CsvRenderer.defuse("+7 701"));
        assertEquals("'-x", CsvRenderer.defuse("-x"));
        assertEquals("'@cmd", CsvRenderer.defuse("@cmd"));
        assertEquals("Ақжар", CsvRenderer.defuse("Ақжар"));
    }

    @Test
    public void csvHasBomHeaderInTheLanguageRowsAndTotals() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRenderer.render(ReportFixtures.document(LocalizedText.RUSSIAN), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(CsvRenderer.BOM, Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertEquals("Подразделение,Текущий период,Предыдущий период,\"Доля, %\",Дата", lines[0]);
        assertEquals("УП города Акжар,12,9,66.70,2026-07-01", lines[1]);
        assertEquals("\"Көктерек, \"\"ауылдық\"\" бөлім\",6,11,33.30,", lines[2]);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",0,,,2026-09-30", lines[3]);
        assertEquals("Итого,18,20,100.00,", lines[4]);
        assertEquals("", lines[5]);
        assertEquals(6, lines.length);
    }

    @Test
    public void jsonHasLabelsInTheLanguageRowsByKeyAndTheChartSpec() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRenderer.render(ReportFixtures.document(java.util.Locale.ENGLISH), out);
        JsonNode json = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(out.toByteArray());
        assertEquals("core.persons-registered", json.path("reportId").asText());
        assertEquals("en", json.path("lang").asText());
        assertEquals("Department", json.path("columns").get(0).path("label").asText());
        assertEquals("Akzhar City PD", json.path("rows").get(0).path("department").asText());
        assertEquals(12, json.path("rows").get(0).path("current").asInt());
        assertTrue("decimals exactly", out.toString(StandardCharsets.UTF_8).contains("\"share\":66.70"));
        assertTrue(json.path("rows").get(1).path("since").isNull());
        assertEquals("Total", json.path("totals").path("department").asText());
        assertEquals(18, json.path("totals").path("current").asInt());
        assertEquals("BAR", json.path("chart").path("kind").asText());
        assertEquals("department", json.path("chart").path("categoryColumn").asText());
        assertEquals("Previous period", json.path("chart").path("series").get(1).path("label").asText());
    }

    @Test
    public void pdfCarriesKazakhTextInAnEmbeddedFontAndTheChart() throws Exception {
        byte[] pdf = pdf(ReportFixtures.document(KK));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue("title with every Kazakh letter: " + text, text.contains(ReportFixtures.KAZAKH_LETTERS));
            assertTrue("department cell: " + text, text.contains("Ақжар қалалық полиция басқармасы"));
            assertTrue("parameters: " + text, text.contains("Кезең: 2026-Q3"));
            assertTrue("totals caption: " + text, text.contains("Барлығы"));
            assertTrue("chart legend: " + text, text.contains("Алдыңғы кезең"));
            assertTrue("an embedded TrueType font", embeddedTrueType(reader));
        } finally {
            reader.close();
        }
    }

    @Test
    public void pdfDrawsLineChartsAndEmptyTables() throws Exception {
        ReportTable t = ReportFixtures.table();
        ReportTable lines = new ReportTable(t.title(), t.columns(), t.rows(), null,
                ReportChart.lines(new LocalizedText("Серпін", "Динамика", "Trend"), "department", "current",
                        "share"));
        byte[] pdf = pdf(new ReportDocument(ReportFixtures.run(ReportRunState.DONE), lines, KK,
                java.time.ZoneId.of("Asia/Almaty")));
        PdfReader reader = new PdfReader(pdf);
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("Серпін"));
        reader.close();

        ReportTable empty = ReportTable.builder(new LocalizedText("Бос", "Пусто", "Empty"))
                .column(ReportColumn.text("a", new LocalizedText("А", null, null))).build();
        byte[] none = pdf(new ReportDocument(ReportFixtures.run(ReportRunState.DONE), empty, KK,
                java.time.ZoneId.of("Asia/Almaty")));
        reader = new PdfReader(none);
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("Деректер жоқ"));
        reader.close();
    }

    @Test
    public void manyRowsAndWideTablesFlowOverPages() throws Exception {
        ReportTable.Builder b = ReportTable.builder(new LocalizedText("Ұзын", null, null));
        for (int c = 0; c < 8; c++) {
            b.column(c == 0 ? ReportColumn.text("c0", new LocalizedText("Атауы", null, null))
                    : ReportColumn.integer("c" + c, new LocalizedText("Баған " + c, null, null)));
        }
        for (int r = 0; r < 120; r++) {
            Object[] row = new Object[8];
            row[0] = "Жол " + r;
            for (int c = 1; c < 8; c++) {
                row[c] = (long) r * c;
            }
            b.row(row);
        }
        b.chart(ReportChart.bars(null, "c0", "c1", "c2"));
        byte[] pdf = pdf(new ReportDocument(ReportFixtures.run(ReportRunState.DONE), b.build(), KK,
                java.time.ZoneId.of("Asia/Almaty")));
        PdfReader reader = new PdfReader(pdf);
        assertTrue("several pages", reader.getNumberOfPages() > 2);
        assertTrue("landscape for 8 columns", reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight());
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("Бет 2"));
        reader.close();
    }

    @Test
    public void niceScales() {
        ChartDrawer.Scale s = ChartDrawer.Scale.of(0, 17, true);
        assertEquals(0, s.lo(), 0);
        assertEquals(20, s.hi(), 0);
        assertEquals(5, s.step(), 0);
        s = ChartDrawer.Scale.of(0, 3, true);
        assertEquals(1, s.step(), 0);
        assertEquals(3, s.hi(), 0);
        s = ChartDrawer.Scale.of(-12, 40, false);
        assertEquals(20, s.step(), 0);
        assertEquals(-20, s.lo(), 0);
        assertEquals(40, s.hi(), 0);
        s = ChartDrawer.Scale.of(0, 0, true);
        assertEquals(1, s.hi(), 0);
        assertEquals("2.5", ChartDrawer.number(2.5));
        assertEquals("40", ChartDrawer.number(40.0));
    }

    static byte[] pdf(ReportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.withFont(null).render(doc, out);
        String dir = System.getProperty("lps.report.pdf.dir"); // to look at the output: -Dlps.report.pdf.dir=/tmp
        if (dir != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(dir, doc.table().title().en().replaceAll("\\W", "_")
                        + "-" + doc.table().rows().size() + ".pdf"), out.toByteArray());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out.toByteArray();
    }

    private static boolean embeddedTrueType(PdfReader reader) {
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            if (!PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                continue;
            }
            PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(
                    font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
            PdfDictionary descriptor = cid.getAsDict(PdfName.FONTDESCRIPTOR);
            if (descriptor != null && descriptor.get(PdfName.FONTFILE2) != null) {
                return true;
            }
        }
        return false;
    }
}
