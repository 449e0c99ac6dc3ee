package kz.police.lps.core.internal.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.internal.security.UserAccounts;

@Service
@Command(scope = "lps", name = "user-add", description = "Creates a login of the lps realm (REST), or adds roles to "
        + "an existing one; audited. The password is asked for (not echoed) unless --password is given. Tie the "
        + "login to an officer (officer.login) to give it a data scope.")
public class UserAddCommand implements Action {

    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @Reference
    private UserAccounts accounts;

    @Reference
    private AuditService audit;

    @Reference
    private CallerFactory callers;

    @Reference
    private Session session;

    @Argument(index = 0, name = "username", required = true)
    private String username;

    @Argument(index = 1, name = "roles", required = true, multiValued = true,
            description = "lps-admin, lps-reader, lps-registrar, lps-org-admin, lps-auditor, <unit>-inspector, ...")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Option(name = "--password", description = "for scripts only: the password ends up in the shell history")
    private String password;

    @Override
    public Object execute() throws Exception {
        if (!LOGIN.matcher(username).matches()) {
            System.err.println("Login: lower-case Latin letters, digits, dot, hyphen, underscore; at most 64.");
            return null;
        }
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                System.err.println("Not a role name: " + role);
                return null;
            }
        }
        Caller caller = callers.shellCaller();
        if (!caller.isAdmin()) {
            throw audit.denied(caller, AuditAction.CREATE, "login", username, null, "logins are managed by lps-admin");
        }
        String secret = password;
        if (secret == null) {
            secret = session.readLine("Password for " + username + ": ", '*');
            String again = session.readLine("Again: ", '*');
            if (secret == null || !secret.equals(again)) {
                System.err.println("The passwords differ; nothing changed.");
                return null;
            }
        }
        if (secret.length() < 8) {
            System.err.println("A password has at least 8 characters.");
            return null;
        }
        Set<String> granted = new HashSet<>(roles);
        boolean created = accounts.ensure(username, secret, granted, false);
        audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, AuditOutcome.SUCCESS, "login",
                username, null, (created ? "created with roles " : "roles added ") + granted);
        System.out.println(created ? "Created " + username
                : "Existing login " + username + ": roles added, password unchanged");
        return null;
    }
}
