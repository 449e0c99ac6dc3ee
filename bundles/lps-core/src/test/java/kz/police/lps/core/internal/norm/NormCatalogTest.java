package kz.police.lps.core.internal.norm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.ActKind;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;

public class NormCatalogTest {

    private static final LocalizedText T = new LocalizedText("мәтін", "текст", "text");
    private static final NormFile.Act ORDER_313 = new NormFile.Act("mia-order-313-2016", ActKind.MIA_ORDER, "313",
            LocalDate.of(2016, 3, 29), T, "L551-555");

    private static NormFile.Entry entry(String key, String act, NormBinding binding, String lines) {
        return new NormFile.Entry(key, T, BigDecimal.valueOf(5), null, NormUnit.WORKING_DAYS, NormLimit.AT_MOST,
                binding, act, lines);
    }

    @Test
    public void acceptsAWellFormedFileAndWithdrawsItWithItsBundle() {
        NormCatalog c = new NormCatalog();
        List<String> problems = c.add(7, new NormFile("district", List.of(ORDER_313),
                List.of(entry("district.firearm-owner-check.report-deadline", "mia-order-313-2016",
                        NormBinding.MANDATORY, "L551-558"))));
        assertEquals(List.of(), problems);
        assertEquals(5, c.find("district.firearm-owner-check.report-deadline").orElseThrow().intValue());
        assertEquals(1, c.norms("district").size());
        assertEquals(0, c.norms("juvenile").size());
        assertEquals(1, c.acts(null).size());
        c.remove(7);
        assertTrue(c.find("district.firearm-owner-check.report-deadline").isEmpty());
        assertTrue(c.acts(null).isEmpty());
    }

    @Test
    public void refusesAFileWithAnyBadNormWhole() {
        NormCatalog c = new NormCatalog();
        List<String> problems = c.add(8, new NormFile("district", List.of(ORDER_313), List.of(
                entry("district.ok", "mia-order-313-2016", NormBinding.MANDATORY, "L1"),
                entry("juvenile.wrong-prefix", "mia-order-313-2016", NormBinding.MANDATORY, "L1"),
                entry("district.no-act", "no-such-act", NormBinding.MANDATORY, "L1"),
                entry("district.no-lines", "mia-order-313-2016", NormBinding.MANDATORY, null))));
        assertEquals(3, problems.size());
        assertTrue(c.norms(null).isEmpty());
    }

    @Test
    public void aConfigurableNormNeedsNoActButKeysStayUnique() {
        NormCatalog c = new NormCatalog();
        assertEquals(List.of(), c.add(1, new NormFile("nature", List.of(),
                List.of(entry("nature.report-day", null, NormBinding.CONFIGURABLE, null)))));
        List<String> again = c.add(2, new NormFile("nature", List.of(),
                List.of(entry("nature.report-day", null, NormBinding.CONFIGURABLE, null))));
        assertEquals(1, again.size());
        assertTrue(again.get(0).contains("already contributed"));
    }

    @Test
    public void aRangeNeedsItsUpperEnd() {
        NormCatalog c = new NormCatalog();
        NormFile.Entry range = new NormFile.Entry("patrol.arrival", T, BigDecimal.valueOf(5), null, NormUnit.MINUTES,
                NormLimit.RANGE, NormBinding.CONFIGURABLE, null, null);
        assertEquals(1, c.add(3, new NormFile("patrol", List.of(), List.of(range))).size());
    }
}
