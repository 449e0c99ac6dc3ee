package kz.police.lps.core.internal.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.report.ReportTable;

public class ReportTableTest {

    private static final LocalizedText T = new LocalizedText("Кесте", "Таблица", "Table");

    @Test
    public void cellsAreNormalisedToTheirColumnType() {
        ReportTable t = ReportFixtures.table();
        assertEquals(12L, t.rows().get(0).get(1));
        assertEquals(11L, t.rows().get(1).get(2));
        assertNull(t.rows().get(2).get(2));
        assertEquals(18L, t.totals().get(1));
        assertEquals(new BigDecimal("100.00"), t.totals().get(3));
        assertNull("no total for a date", t.totals().get(4));
    }

    @Test
    public void aCellThatDoesNotFitItsColumnIsRefused() {
        try {
            ReportTable.builder(T).column(ReportColumn.integer("n", T)).row("seven").build();
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("row 1, column n"));
        }
        try {
            ReportTable.builder(T).column(ReportColumn.integer("n", T)).row(1, 2).build();
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("2 cells, expected 1"));
        }
    }

    @Test
    public void aChartMustNameKnownColumnsAndPlotNumbers() {
        try {
            ReportTable.builder(T).column(ReportColumn.text("a", T)).column(ReportColumn.text("b", T))
                    .chart(ReportChart.bars(null, "a", "b")).build();
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not numeric"));
        }
        try {
            ReportTable.builder(T).column(ReportColumn.integer("a", T)).chart(ReportChart.bars(null, "x", "a"))
                    .build();
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("category"));
        }
    }

    @Test
    public void columnKeysAreCheckedAndUnique() {
        try {
            ReportColumn.text("Bad Key", T);
            fail();
        } catch (IllegalArgumentException expected) {
            // fine
        }
        try {
            ReportTable.builder(T).column(ReportColumn.text("a", T)).column(ReportColumn.integer("a", T)).build();
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("duplicate"));
        }
    }

    @Test
    public void theStoredJsonReadsBackToTheSameTable() {
        ReportTable t = ReportFixtures.table();
        String json = ReportTableCodec.write(t);
        ReportTable back = ReportTableCodec.read(json);
        assertEquals(t, back);
        assertEquals(new BigDecimal("66.70"), back.rows().get(0).get(3));
        assertTrue(back.rows().get(0).get(0) instanceof LocalizedText);
        assertEquals(t.chart(), back.chart());

        ReportTable bare = new ReportTable(T, List.of(ReportColumn.text("a", T)), List.of(), null, null);
        assertEquals(bare, ReportTableCodec.read(ReportTableCodec.write(bare)));
        assertEquals(T, ReportTableCodec.readText(ReportTableCodec.writeText(T)));
    }

    @Test
    public void runStatesMoveForwardOnly() {
        assertTrue(ReportRunState.QUEUED.canMoveTo(ReportRunState.RUNNING));
        assertTrue(ReportRunState.QUEUED.canMoveTo(ReportRunState.CANCELLED));
        assertTrue(ReportRunState.QUEUED.canMoveTo(ReportRunState.FAILED));
        assertFalse(ReportRunState.QUEUED.canMoveTo(ReportRunState.DONE));
        assertTrue(ReportRunState.RUNNING.canMoveTo(ReportRunState.DONE));
        assertTrue(ReportRunState.RUNNING.canMoveTo(ReportRunState.FAILED));
        assertTrue(ReportRunState.RUNNING.canMoveTo(ReportRunState.CANCELLED));
        assertFalse(ReportRunState.RUNNING.canMoveTo(ReportRunState.QUEUED));
        for (ReportRunState end : List.of(ReportRunState.DONE, ReportRunState.FAILED, ReportRunState.CANCELLED)) {
            assertTrue(end.isFinal());
            for (ReportRunState any : ReportRunState.values()) {
                assertFalse(end + " -> " + any, end.canMoveTo(any));
            }
        }
        assertFalse(ReportRunState.RUNNING.isFinal());
        assertEquals("орындалуда", ReportRunState.RUNNING.label().kk());
    }

    @Test
    public void percentFollowsProgress() {
        assertEquals(100, ReportFixtures.run(ReportRunState.DONE).percent());
        assertEquals(75, ReportFixtures.run(ReportRunState.RUNNING).percent());
    }
}
