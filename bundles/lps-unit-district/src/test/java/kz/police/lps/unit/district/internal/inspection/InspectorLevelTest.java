package kz.police.lps.unit.district.internal.inspection;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/** BR-23, L616-621: one norm per inspector level, and origin keys unique per point, level and period. */
public class InspectorLevelTest {

    @Test
    public void eachLevelHasItsNorm() {
        assertEquals("district.inspection.by-lps-head", InspectorLevel.LPS_HEAD.normKey());
        assertEquals("district.inspection.by-deputy-head", InspectorLevel.BODY_DEPUTY_HEAD.normKey());
        assertEquals("district.inspection.by-head", InspectorLevel.BODY_HEAD.normKey());
    }

    @Test
    public void originKeysNameLevelPeriodAndPoint() {
        assertEquals("district.inspection:by-head:2026-H2:57",
                InspectorsBook.originKey(InspectorLevel.BODY_HEAD, ReportingPeriod.parse("2026-H2"), 57));
        assertEquals("district.inspection:by-lps-head:2026-11:57",
                InspectorsBook.originKey(InspectorLevel.LPS_HEAD, ReportingPeriod.parse("2026-11"), 57));
    }
}
