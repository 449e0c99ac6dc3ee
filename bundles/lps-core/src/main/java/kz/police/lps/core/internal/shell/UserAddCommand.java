package kz.police.lps.core.internal.shell;

import java.util.HashSet;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import kz.police.lps.core.internal.security.UserAccounts;

@Service
@Command(scope = "lps", name = "user-add", description = "Creates a login of the lps realm (REST), or adds roles to "
        + "an existing one. Tie it to an officer (officer.login) to give it a data scope.")
public class UserAddCommand implements Action {

    @Reference
    private UserAccounts accounts;

    @Argument(index = 0, name = "username", required = true)
    private String username;

    @Argument(index = 1, name = "password", required = true)
    private String password;

    @Argument(index = 2, name = "roles", required = true, multiValued = true,
            description = "lps-admin, lps-reader, lps-registrar, lps-org-admin, lps-auditor, <unit>-inspector, ...")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Override
    public Object execute() {
        boolean created = accounts.ensure(username, password, new HashSet<>(roles), false);
        System.out.println(created ? "Created " + username : "Existing login " + username + ": roles added, password unchanged");
        return null;
    }
}
