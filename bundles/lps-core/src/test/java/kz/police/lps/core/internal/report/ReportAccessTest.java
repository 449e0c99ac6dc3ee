package kz.police.lps.core.internal.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;

public class ReportAccessTest {

    private static Caller caller(String user, String path, String... roles) {
        return new Caller(user, Set.of(roles), path == null ? DataScope.all() : DataScope.subtree(path), null,
                "test", null);
    }

    private static final ReportDefinition SAMPLE = new ReportDefinition() {
        @Override
        public String id() {
            return "sample.activity";
        }

        @Override
        public String unitId() {
            return "sample";
        }

        @Override
        public kz.police.lps.core.api.i18n.LocalizedText title() {
            return new kz.police.lps.core.api.i18n.LocalizedText("x", null, null);
        }

        @Override
        public ReportTable compute(kz.police.lps.core.api.report.ReportContext context) {
            return null;
        }
    };

    @Test
    public void byDefaultTheUnitsRolesHeadsAndAdminMayRunAReport() {
        Set<String> roles = SAMPLE.roles();
        assertTrue(ReportAccess.mayRun(caller("a", null, "lps-admin"), roles));
        assertTrue(ReportAccess.mayRun(caller("i", "/1/", "sample-inspector"), roles));
        assertTrue(ReportAccess.mayRun(caller("v", "/1/", "sample-viewer"), roles));
        assertTrue(ReportAccess.mayRun(caller("h", "/1/", "district-head"), roles));
        assertFalse(ReportAccess.mayRun(caller("d", "/1/", "district-inspector"), roles));
        assertFalse(ReportAccess.mayRun(caller("r", "/1/", "lps-reader"), roles));
        assertFalse("prefix of another unit", ReportAccess.mayRun(caller("s", "/1/", "samples-inspector"), roles));
    }

    @Test
    public void rolePatterns() {
        assertTrue(ReportAccess.matches("*-head", "juvenile-head"));
        assertTrue(ReportAccess.matches("juvenile-*", "juvenile-inspector"));
        assertTrue(ReportAccess.matches("lps-reader", "lps-reader"));
        assertTrue(ReportAccess.matches("*", "anything"));
        assertFalse(ReportAccess.matches("lps-reader", "lps-readers"));
        assertFalse(ReportAccess.matches("*-head", "juvenile-header"));
    }

    @Test
    public void aRunIsSeenByItsRequesterAdminAndHeadsCoveringIt() {
        assertTrue(ReportAccess.maySee(caller("i", "/1/2/", "sample-inspector"), "i", "/1/2/", SAMPLE));
        assertFalse(ReportAccess.maySee(caller("j", "/1/2/", "sample-inspector"), "i", "/1/2/", SAMPLE));
        assertTrue(ReportAccess.maySee(caller("a", null, "lps-admin"), "i", "/9/", SAMPLE));
        assertTrue(ReportAccess.maySee(caller("h", "/1/", "sample-head"), "i", "/1/2/", SAMPLE));
        assertFalse("head elsewhere", ReportAccess.maySee(caller("h", "/3/", "sample-head"), "i", "/1/2/", SAMPLE));
        assertFalse("a run over everything", ReportAccess.maySee(caller("h", "/1/", "sample-head"), "a", "/",
                SAMPLE));
        assertFalse("no scope recorded", ReportAccess.maySee(caller("h", "/1/", "sample-head"), "a", null, SAMPLE));
    }

    @Test
    public void aHeadSeesOnlyRunsOfReportsTheyMayRunThemselves() {
        ReportDefinition restricted = restricted("sample-*");
        assertTrue(ReportAccess.maySee(caller("h", "/1/", "sample-head"), "i", "/1/2/", restricted));
        assertFalse("head of another unit", ReportAccess.maySee(caller("o", "/1/", "other-head"), "i", "/1/2/",
                restricted));
        // the report is no longer installed: only the requester and the admin
        assertFalse(ReportAccess.maySee(caller("h", "/1/", "sample-head"), "i", "/1/2/", null));
        assertTrue(ReportAccess.maySee(caller("i", "/1/2/", "sample-inspector"), "i", "/1/2/", null));
        assertTrue(ReportAccess.maySee(caller("a", null, "lps-admin"), "i", "/1/2/", null));
    }

    private static ReportDefinition restricted(String... roles) {
        return new ReportDefinition() {
            @Override
            public String id() {
                return SAMPLE.id();
            }

            @Override
            public String unitId() {
                return SAMPLE.unitId();
            }

            @Override
            public kz.police.lps.core.api.i18n.LocalizedText title() {
                return SAMPLE.title();
            }

            @Override
            public Set<String> roles() {
                return Set.of(roles);
            }

            @Override
            public ReportTable compute(kz.police.lps.core.api.report.ReportContext context) {
                return null;
            }
        };
    }

    @Test
    public void progressIsToldAtOnceStoredThrottledAndSeesCancels() throws Exception {
        List<String> stored = new ArrayList<>();
        AtomicBoolean flag = new AtomicBoolean();
        AtomicInteger checks = new AtomicInteger();
        List<String> told = new ArrayList<>();
        AtomicBoolean closing = new AtomicBoolean();
        RunProgress p = new RunProgress(new RunProgress.Sink() {
            @Override
            public void store(int done, int total) {
                stored.add(done + "/" + total);
            }

            @Override
            public boolean cancelRequested() {
                checks.incrementAndGet();
                return flag.get();
            }
        }, (d, t) -> told.add(d + "/" + t), closing::get);
        p.total(3);
        p.advance();
        p.advance();
        p.advance();
        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), told);
        assertEquals("the total and the last step are always stored", "0/3", stored.get(0));
        assertEquals("3/3", stored.get(stored.size() - 1));
        assertTrue("intermediate steps throttled: " + stored, stored.size() < 4);

        assertFalse(p.cancelled());
        assertFalse("checked at most once a second", p.cancelled());
        assertEquals(1, checks.get());
        p.cancel();
        assertTrue(p.cancelled());

        RunProgress q = new RunProgress(new RunProgress.Sink() {
            @Override
            public void store(int done, int total) {
            }

            @Override
            public boolean cancelRequested() {
                return false;
            }
        }, null, closing::get);
        assertFalse(q.cancelled());
        closing.set(true);
        assertTrue("a shutdown cancels", q.cancelled());
    }
}
