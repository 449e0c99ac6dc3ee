package kz.police.lps.core.internal.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.api.unit.CardAlert;

public class RegisterAccessTest {

    private static final LocalizedText T = new LocalizedText("есеп", "учёт", "register");
    private static final RegisterDefinition OPEN = new RegisterDefinition("district.preventive", "district", T, false,
            CardAlert.Severity.WARNING, "a", "L1", false);
    private static final RegisterDefinition MINORS = new RegisterDefinition("juvenile.minors", "juvenile", T, true,
            CardAlert.Severity.WARNING, "a", "L1", false);

    private static Caller caller(String... roles) {
        return new Caller("u", Set.of(roles), DataScope.subtree("/1/"), 1L, "test", null);
    }

    @Test
    public void restrictedRegistersNeedARoleOfTheirUnit() {
        Caller district = caller("district-inspector");
        assertTrue(RegisterAccess.reads(district, OPEN));
        assertFalse(RegisterAccess.reads(district, MINORS));
        assertTrue(RegisterAccess.reads(caller("juvenile-viewer"), MINORS));
        assertTrue(RegisterAccess.reads(caller("lps-admin"), MINORS));
        assertFalse("no person reading at all", RegisterAccess.reads(caller("lps-auditor"), OPEN));
        assertEquals(Set.of("district.preventive"), RegisterAccess.readable(district, List.of(OPEN, MINORS)));
    }

    @Test
    public void writesNeedAWorkingRoleOfTheRegistersUnit() {
        assertTrue(RegisterAccess.writes(caller("district-inspector"), OPEN));
        assertTrue(RegisterAccess.writes(caller("district-assistant"), OPEN));
        assertTrue(RegisterAccess.writes(caller("district-head"), OPEN));
        assertFalse(RegisterAccess.writes(caller("district-viewer"), OPEN));
        assertFalse(RegisterAccess.writes(caller("juvenile-inspector"), OPEN));
        assertFalse(RegisterAccess.writes(caller("lps-registrar"), OPEN));
        assertTrue(RegisterAccess.writes(caller("lps-admin"), MINORS));
    }
}
