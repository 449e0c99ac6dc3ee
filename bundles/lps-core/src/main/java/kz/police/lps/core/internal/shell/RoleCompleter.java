package kz.police.lps.core.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.unit.UnitRegistry;

/** Completes the core roles and the roles of the units installed now. */
@Service
public class RoleCompleter implements Completer {

    @Reference
    private UnitRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> roles = new ArrayList<>(List.of(Roles.ADMIN, Roles.READER, Roles.REGISTRAR, Roles.ORG_ADMIN,
                Roles.AUDITOR));
        registry.units(Locale.ENGLISH).forEach(u -> roles.addAll(u.roles()));
        return new StringsCompleter(roles).complete(session, commandLine, candidates);
    }
}
