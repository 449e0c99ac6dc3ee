package kz.police.lps.core.internal.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * JAAS login module of the {@code lps} realm: checks the password against {@link UserAccounts} and adds Karaf's
 * {@link UserPrincipal} and one {@link RolePrincipal} per role. Karaf's proxy login module loads it from the core
 * bundle; the {@link UserAccounts} instance comes in the options.
 */
public class LpsLoginModule implements LoginModule {

    static final String ACCOUNTS_OPTION = "lps.accounts";

    private Subject subject;
    private CallbackHandler handler;
    private UserAccounts accounts;
    private String username;
    private Set<String> roles;
    private final Set<java.security.Principal> added = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.handler = callbackHandler;
        this.accounts = (UserAccounts) options.get(ACCOUNTS_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("cannot read credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        if (name.getName() == null || secret == null || accounts == null) {
            throw new FailedLoginException("credentials required");
        }
        Optional<Set<String>> result = accounts.authenticate(name.getName(), secret);
        password.clearPassword();
        if (result.isEmpty()) {
            throw new FailedLoginException("login failed for " + name.getName());
        }
        username = name.getName();
        roles = result.get();
        return true;
    }

    @Override
    public boolean commit() {
        if (username == null) {
            return false;
        }
        added.add(new UserPrincipal(username));
        for (String role : roles) {
            added.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        username = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        username = null;
        return true;
    }
}
