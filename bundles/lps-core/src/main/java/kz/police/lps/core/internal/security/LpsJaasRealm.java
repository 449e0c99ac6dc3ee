package kz.police.lps.core.internal.security;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code lps} JAAS realm, backed by the LPS_USER table; REST endpoints authenticate against it. */
@Component(service = JaasRealm.class, property = "realm=" + LpsJaasRealm.NAME)
public class LpsJaasRealm implements JaasRealm {

    public static final String NAME = "lps";

    private final AppConfigurationEntry[] entries;

    @Activate
    public LpsJaasRealm(BundleContext context, @Reference UserAccounts accounts) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put("org.apache.karaf.jaas.module", LpsLoginModule.class.getName());
        options.put("org.apache.karaf.jaas.bundle", Long.toString(context.getBundle().getBundleId()));
        options.put(LpsLoginModule.ACCOUNTS_OPTION, accounts);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(
                "org.apache.karaf.jaas.boot.ProxyLoginModule", AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries;
    }
}
