package kz.police.lps.core.internal.shell;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.api.task.TaskService;

@Service
@Command(scope = "lps", name = "tasks-sweep", description = "Runs the task scheduler now (lps-admin): creates the "
        + "recurring obligations' tasks, routes tasks of absent officers to their cover, escalates overdue ones")
public class TasksSweepCommand implements Action {

    @Reference
    private TaskService tasks;

    @Reference
    private AuditService audit;

    @Reference
    private CallerFactory callers;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        if (!caller.isAdmin()) {
            throw audit.denied(caller, AuditAction.UPDATE, "task-scheduler", null, null, "lps-admin only");
        }
        audit.record(caller, AuditAction.UPDATE, "task-scheduler", null, null);
        TaskService.SweepResult r = tasks.sweep(Instant.now());
        System.out.printf("created %d, re-routed %d, escalated %d in %d ms%n", r.created(), r.rerouted(),
                r.escalated(), r.millis());
        return null;
    }
}
