package kz.police.lps.core.internal.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.api.task.TaskStatus;

public class TaskAccessTest {

    private static Caller caller(String role, String scope) {
        return new Caller("u", Set.of(role), DataScope.subtree(scope), null, "test", null);
    }

    private static TaskEntity task(String unit, String path, Long assignee) {
        TaskEntity t = new TaskEntity();
        t.setUnitId(unit);
        t.setDepartmentPath(path);
        t.setAssigneeId(assignee);
        t.setStatus(TaskStatus.OPEN);
        return t;
    }

    @Test
    public void unitsAreParsedBySuffix() {
        assertEquals(Set.of("juvenile"), caller("juvenile-inspector", "/1/").units());
        assertFalse("a unit 'juvenile-x' is not 'juvenile'", caller("juvenile-x-inspector", "/1/")
                .hasAnyUnitRole("juvenile"));
        assertTrue(caller("womens-protection-head", "/1/").hasAnyUnitRole("womens-protection"));
        assertTrue("lps roles are no unit roles", caller("lps-reader", "/1/").units().isEmpty());
    }

    @Test
    public void viewersSeeButNeverComplete() {
        TaskEntity t = task("district", "/1/4/", 7L);
        Caller viewer = caller("district-viewer", "/1/");
        assertTrue(TaskAccess.sees(viewer, t, null));
        assertFalse(TaskAccess.completes(viewer, t, null));
        assertFalse("not with the subject either", TaskAccess.completesWithSubject(viewer, t, null));
        Caller inspector = caller("district-inspector", "/1/");
        assertTrue(TaskAccess.completesWithSubject(inspector, t, null));
        assertFalse("outside the scope", TaskAccess.completesWithSubject(caller("district-inspector", "/2/"), t,
                null));
        assertTrue("the assignee", TaskAccess.completes(caller("district-inspector", "/2/"), t, 7L));
    }

    @Test
    public void headsManageTheirUnitOnly() {
        TaskEntity t = task("district", "/1/4/", 7L);
        assertTrue(TaskAccess.manages(caller("district-head", "/1/"), t));
        assertFalse(TaskAccess.manages(caller("juvenile-head", "/1/"), t));
        assertFalse(TaskAccess.manages(caller("district-inspector", "/1/"), t));
        assertFalse("a stranger's unit tasks stay hidden", TaskAccess.sees(caller("juvenile-head", "/1/"), t, null));
    }

    @Test
    public void inspectorsCreateForThemselvesHeadsForOthers() {
        assertTrue(TaskAccess.creates(caller("district-inspector", "/1/"), "district", "/1/4/", true));
        assertFalse(TaskAccess.creates(caller("district-inspector", "/1/"), "district", "/1/4/", false));
        assertTrue(TaskAccess.creates(caller("district-head", "/1/"), "district", "/1/4/", false));
        assertFalse(TaskAccess.creates(caller("district-viewer", "/1/"), "district", "/1/4/", true));
        assertFalse(TaskAccess.creates(caller("district-head", "/2/"), "district", "/1/4/", false));
    }
}
