package kz.police.lps.core.internal.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.unit.CardAlert;

public class RegisterCatalogTest {

    private static final LocalizedText T = new LocalizedText("мәтін", "текст", "text");

    private static RegisterFile.Register register(String id) {
        return new RegisterFile.Register(id, T, null, null, "mia-order-1095", "L643-674", null);
    }

    private static RegisterFile.Ground placement(String code, String register, String checkNorm) {
        return new RegisterFile.Ground(code, register, GroundKind.PLACEMENT, T, "mia-order-1095", "L663", null,
                checkNorm);
    }

    private static RegisterFile.Ground removal(String code, String register) {
        return new RegisterFile.Ground(code, register, GroundKind.REMOVAL, T, null, null, true, null);
    }

    private static RegisterFile district() {
        return new RegisterFile("district", List.of(register("district.preventive")), List.of(
                placement("district.preventive.protective-order", "district.preventive",
                        "district.preventive.check-periodicity"),
                placement("district.preventive.admin-supervision", "district.preventive", null),
                removal("district.preventive.order-expired", "district.preventive")));
    }

    @Test
    public void acceptsAWellFormedFileAndWithdrawsItWithItsBundle() {
        RegisterCatalog c = new RegisterCatalog();
        assertEquals(List.of(), c.add(7, district()));
        RegisterDefinition r = c.register("district.preventive").orElseThrow();
        assertEquals("district", r.unitId());
        assertFalse(r.restricted());
        assertEquals("alert defaults to WARNING", CardAlert.Severity.WARNING, r.alert());
        assertEquals(3, c.grounds("district.preventive").size());
        assertEquals("placement grounds first", GroundKind.REMOVAL, c.grounds("district.preventive").get(2).kind());
        assertEquals(1, c.checkedGrounds().size());
        assertEquals(1, c.registers("district").size());
        assertEquals(0, c.registers("juvenile").size());
        c.remove(7);
        assertTrue(c.register("district.preventive").isEmpty());
        assertTrue(c.ground("district.preventive.protective-order").isEmpty());
        assertTrue(c.registers(null).isEmpty());
    }

    @Test
    public void refusesAFileWithAnyBadEntryWhole() {
        RegisterCatalog c = new RegisterCatalog();
        List<RegisterFile.Ground> grounds = new ArrayList<>(district().grounds());
        grounds.add(placement("juvenile.wrong-prefix", "district.preventive", null));
        grounds.add(placement("district.preventive.no-register", "district.nowhere", null));
        grounds.add(new RegisterFile.Ground("district.preventive.no-source", "district.preventive",
                GroundKind.PLACEMENT, T, null, null, false, null));
        grounds.add(new RegisterFile.Ground("district.preventive.removal-checked", "district.preventive",
                GroundKind.REMOVAL, T, null, null, true, "district.some-norm"));
        List<String> problems = c.add(8, new RegisterFile("district", List.of(register("district.preventive")),
                grounds));
        assertEquals(problems.toString(), 4, problems.size());
        assertTrue(c.registers(null).isEmpty());
        assertTrue(c.ground("district.preventive.protective-order").isEmpty());
    }

    @Test
    public void aRegisterNeedsAPlacementAndARemovalGround() {
        RegisterCatalog c = new RegisterCatalog();
        List<String> problems = c.add(1, new RegisterFile("juvenile", List.of(register("juvenile.minors")),
                List.of(placement("juvenile.minors.court", "juvenile.minors", null))));
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0).contains("REMOVAL"));
    }

    @Test
    public void idsAreUniqueAcrossBundlesAndPrefixedWithTheUnit() {
        RegisterCatalog c = new RegisterCatalog();
        assertEquals(List.of(), c.add(1, district()));
        assertEquals("the same file from another bundle", 4, c.add(2, district()).size());
        List<String> problems = c.add(3, new RegisterFile("women", List.of(register("district.other")), List.of()));
        assertFalse(problems.isEmpty());
        assertEquals(List.of(), c.add(4, new RegisterFile("women", List.of(new RegisterFile.Register(
                "women.domestic", T, true, CardAlert.Severity.DANGER, null, null, true)), List.of(
                        placement("women.domestic.protective-order", "women.domestic", null),
                        removal("women.domestic.order-expired", "women.domestic")))));
        assertTrue(c.register("women.domestic").orElseThrow().restricted());
        assertEquals(2, c.registers(null).size());
    }

    @Test
    public void refusesAMissingOrBadUnit() {
        RegisterCatalog c = new RegisterCatalog();
        assertEquals(1, c.add(1, new RegisterFile(null, List.of(), List.of())).size());
        assertEquals(1, c.add(1, new RegisterFile("Bad Unit", List.of(), List.of())).size());
    }
}
