package kz.police.lps.core.internal.application;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.application.ApplicationKind;
import kz.police.lps.core.api.i18n.LocalizedText;

public class ApplicationKindCatalogTest {

    private static final LocalizedText T = new LocalizedText("арыз", "заявление", "application");

    private static ApplicationKindFile.Entry kind(String code, String norm, Boolean restricted) {
        return new ApplicationKindFile.Entry(code, T, "mia-order-1095-2015", "L478-483", norm, restricted);
    }

    @Test
    public void acceptsAWellFormedFileAndWithdrawsItWithItsBundle() {
        ApplicationKindCatalog c = new ApplicationKindCatalog();
        assertEquals(List.of(), c.add(7, new ApplicationKindFile("district", List.of(
                kind("district.offence-report", "district.offence-report.decision-deadline", null),
                kind("district.dv-report", "district.dv-report.decision-deadline", true)))));
        assertEquals(List.of(), c.add(8, new ApplicationKindFile("nature", List.of(
                kind("nature.poaching-report", "nature.poaching-report.decision-deadline", false)))));

        ApplicationKind dv = c.find("district.dv-report").orElseThrow();
        assertEquals("district", dv.unitId());
        assertTrue(dv.restricted());
        assertFalse(c.find("district.offence-report").orElseThrow().restricted());
        assertEquals(List.of("district.dv-report", "district.offence-report"),
                c.kinds("district").stream().map(ApplicationKind::code).toList());
        assertEquals(3, c.kinds(null).size());
        assertEquals(Set.of("district", "nature"), c.units());

        c.remove(7);
        assertTrue(c.find("district.dv-report").isEmpty());
        assertEquals(Set.of("nature"), c.units());
        assertEquals(1, c.kinds(null).size());
    }

    @Test
    public void aKindIsClaimedByOneUnitOnly() {
        ApplicationKindCatalog c = new ApplicationKindCatalog();
        assertEquals(List.of(), c.add(1, new ApplicationKindFile("district", List.of(
                kind("district.offence-report", "district.offence-report.decision-deadline", null)))));
        // another bundle of the same unit cannot claim the code again; the whole file is refused
        List<String> problems = c.add(2, new ApplicationKindFile("district", List.of(
                kind("district.other", "district.other.decision-deadline", null),
                kind("district.offence-report", "district.offence-report.decision-deadline", null))));
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0).contains("already claimed"));
        assertTrue(c.find("district.other").isEmpty());
        // twice in one file
        assertEquals(1, c.add(3, new ApplicationKindFile("juvenile", List.of(
                kind("juvenile.report", "juvenile.report.deadline", null),
                kind("juvenile.report", "juvenile.report.deadline", null)))).size());
        assertTrue(c.kinds("juvenile").isEmpty());
    }

    @Test
    public void refusesAFileWithAnyBadKindWhole() {
        ApplicationKindCatalog c = new ApplicationKindCatalog();
        List<String> problems = c.add(4, new ApplicationKindFile("district", List.of(
                kind("district.ok", "district.ok.deadline", null),
                kind("juvenile.wrong-prefix", "district.ok.deadline", null),
                kind("district.foreign-norm", "juvenile.some.deadline", null),
                kind("district.no-norm", null, null),
                new ApplicationKindFile.Entry("district.no-name", null, null, "L1", "district.x.deadline", null),
                new ApplicationKindFile.Entry("district.no-lines", T, null, " ", "district.x.deadline", null),
                kind("District.Upper", "district.x.deadline", null))));
        assertEquals(problems.toString(), 6, problems.size());
        assertTrue(c.kinds(null).isEmpty());
        assertTrue(c.units().isEmpty());
    }

    @Test
    public void refusesAFileWithoutUnitOrKinds() {
        ApplicationKindCatalog c = new ApplicationKindCatalog();
        assertEquals(1, c.add(5, new ApplicationKindFile(null, List.of(kind("x.y", "x.y.z", null)))).size());
        assertEquals(1, c.add(6, new ApplicationKindFile("district", null)).size());
        assertTrue(c.kinds(null).isEmpty());
    }
}
