package kz.police.lps.core.api.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.error.AccessDeniedException;

public class CallerTest {

    private static Caller with(String... roles) {
        return new Caller("u", Set.of(roles), DataScope.subtree("/1/2/"), 2L, "127.0.0.1", null);
    }

    @Test
    public void adminMayDoEverything() {
        for (Permission p : Permission.values()) {
            assertTrue(with(Roles.ADMIN).can(p));
        }
    }

    @Test
    public void unitInspectorReadsAndRegistersPersonsButNotOrgOrAudit() {
        Caller c = with("district-inspector");
        assertTrue(c.can(Permission.PERSON_READ));
        assertTrue(c.can(Permission.PERSON_WRITE));
        assertTrue(c.can(Permission.ORG_READ));
        assertFalse(c.can(Permission.ORG_WRITE));
        assertFalse(c.can(Permission.AUDIT_READ));
    }

    @Test
    public void viewerOnlyReadsAndHeadsReadTheAudit() {
        Caller viewer = with("juvenile-viewer");
        assertTrue(viewer.can(Permission.PERSON_READ));
        assertFalse(viewer.can(Permission.PERSON_WRITE));
        assertTrue(with("district-head").can(Permission.AUDIT_READ));
        assertTrue(with(Roles.AUDITOR).can(Permission.AUDIT_READ));
    }

    @Test
    public void theSchoolInspectorIsAWorkerOfItsUnit() {
        Caller c = with("juvenile-school-inspector");
        assertTrue(c.isWorkerOf("juvenile"));
        assertTrue(c.hasAnyUnitRole("juvenile"));
        assertEquals(Set.of("juvenile"), c.units());
        assertFalse(c.hasAnyUnitRole("juvenile-school"));
        assertTrue(c.can(Permission.PERSON_WRITE));
        assertEquals("juvenile", Roles.unitOf(Roles.schoolInspector("juvenile")));
    }

    @Test
    public void noRoleNoPermission() {
        for (Permission p : Permission.values()) {
            assertFalse(with().can(p));
        }
    }

    @Test(expected = AccessDeniedException.class)
    public void requireThrows403() {
        with("district-viewer").require(Permission.PERSON_WRITE);
    }

    @Test
    public void scopeIsAPathPrefix() {
        DataScope body = DataScope.subtree("/1/2/");
        assertTrue(body.covers("/1/2/"));
        assertTrue(body.covers("/1/2/7/9/"));
        assertFalse(body.covers("/1/3/"));
        assertFalse(body.covers("/1/22/"));
        assertFalse(body.covers(null));
        assertTrue(DataScope.all().covers("/5/"));
        assertFalse(DataScope.none().covers("/1/2/"));
    }
}
