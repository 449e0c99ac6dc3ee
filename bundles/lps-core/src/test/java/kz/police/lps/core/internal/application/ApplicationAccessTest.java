package kz.police.lps.core.internal.application;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.application.DecisionKind;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;

public class ApplicationAccessTest {

    private static Caller caller(String... roles) {
        return new Caller("u", Set.of(roles), DataScope.subtree("/1/2/"), 2L, "test", null);
    }

    private static final Caller INSPECTOR = caller("district-inspector");
    private static final Caller ASSISTANT = caller("district-assistant");
    private static final Caller HEAD = caller("district-head");
    private static final Caller VIEWER = caller("district-viewer");
    private static final Caller OTHER_UNIT = caller("juvenile-inspector");
    private static final Caller REGISTRAR = caller("lps-registrar");
    private static final Caller READER = caller("lps-reader");
    private static final Caller ADMIN = caller("lps-admin");

    @Test
    public void registering() {
        assertTrue(ApplicationAccess.mayReceive(INSPECTOR, "district"));
        assertTrue(ApplicationAccess.mayReceive(ASSISTANT, "district"));
        assertTrue(ApplicationAccess.mayReceive(HEAD, "district"));
        assertTrue(ApplicationAccess.mayReceive(REGISTRAR, "district"));
        assertTrue(ApplicationAccess.mayReceive(ADMIN, "district"));
        assertFalse(ApplicationAccess.mayReceive(VIEWER, "district"));
        assertFalse(ApplicationAccess.mayReceive(OTHER_UNIT, "district"));
        assertFalse(ApplicationAccess.mayReceive(READER, "district"));
    }

    @Test
    public void anInspectorTakesAnUnassignedOneThemselvesTheHeadAssignsAnyone() {
        assertTrue(ApplicationAccess.mayAssign(INSPECTOR, "district", null, 10, 10L));
        assertFalse("someone else", ApplicationAccess.mayAssign(INSPECTOR, "district", null, 11, 10L));
        assertFalse("taken already", ApplicationAccess.mayAssign(INSPECTOR, "district", 11L, 10, 10L));
        assertFalse("no officer record", ApplicationAccess.mayAssign(INSPECTOR, "district", null, 10, null));
        assertTrue(ApplicationAccess.mayAssign(HEAD, "district", 11L, 12, 1L));
        assertTrue(ApplicationAccess.mayAssign(ADMIN, "district", 11L, 12, null));
        assertFalse(ApplicationAccess.mayAssign(REGISTRAR, "district", null, 12, null));
        assertFalse(ApplicationAccess.mayAssign(OTHER_UNIT, "district", null, 10, 10L));
    }

    @Test
    public void theAssigneeOrTheHeadDecides() {
        assertTrue(ApplicationAccess.mayDecide(INSPECTOR, "district", 10L, 10L, DecisionKind.MEASURES_TAKEN));
        assertFalse(ApplicationAccess.mayDecide(INSPECTOR, "district", 11L, 10L, DecisionKind.MEASURES_TAKEN));
        assertTrue("unassigned", ApplicationAccess.mayDecide(INSPECTOR, "district", null, 10L,
                DecisionKind.PRE_TRIAL_REGISTER));
        assertTrue(ApplicationAccess.mayDecide(HEAD, "district", 11L, 1L, DecisionKind.REFUSED));
        assertTrue(ApplicationAccess.mayDecide(ADMIN, "district", 11L, null, DecisionKind.REFUSED));
        assertFalse(ApplicationAccess.mayDecide(REGISTRAR, "district", null, null, DecisionKind.REFUSED));
        assertFalse(ApplicationAccess.mayDecide(OTHER_UNIT, "district", null, 10L, DecisionKind.REFUSED));
    }

    @Test
    public void anAssistantTakesNoCriminalProcedureDecision() {
        assertTrue(ApplicationAccess.mayDecide(ASSISTANT, "district", 10L, 10L, DecisionKind.MEASURES_TAKEN));
        assertFalse(ApplicationAccess.mayDecide(ASSISTANT, "district", 10L, 10L, DecisionKind.PRE_TRIAL_REGISTER));
        assertTrue("an inspector who is also an assistant", ApplicationAccess.mayDecide(
                caller("district-inspector", "district-assistant"), "district", 10L, 10L,
                DecisionKind.PRE_TRIAL_REGISTER));
    }

    @Test
    public void needToKnowAndUninstalledUnits() {
        assertTrue(ApplicationAccess.mayRead(READER, "district", false, true));
        assertFalse("restricted", ApplicationAccess.mayRead(READER, "district", true, true));
        assertFalse("restricted, other unit", ApplicationAccess.mayRead(OTHER_UNIT, "district", true, true));
        assertTrue(ApplicationAccess.mayRead(VIEWER, "district", true, true));
        assertTrue(ApplicationAccess.mayRead(INSPECTOR, "district", true, true));
        assertFalse("unit not installed", ApplicationAccess.mayRead(INSPECTOR, "district", false, false));
        assertTrue(ApplicationAccess.mayRead(ADMIN, "district", true, false));
        assertFalse(ApplicationAccess.mayRead(caller("nobody"), "district", false, true));
    }
}
