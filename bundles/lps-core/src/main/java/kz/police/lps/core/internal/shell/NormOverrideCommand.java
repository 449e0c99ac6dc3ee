package kz.police.lps.core.internal.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import kz.police.lps.core.api.norm.NormOverride;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "norm-override", description = "Sets (or with --remove clears) a region's own value "
        + "of a norm; audited")
public class NormOverrideCommand implements Action {

    @Reference
    private NormService norms;

    @Reference
    private OrgService org;

    @Reference
    private CallerFactory callers;

    @Argument(index = 0, name = "key", required = true)
    private String key;

    @Argument(index = 1, name = "region-code", required = true, description = "code of the REGION node, e.g. DEMO")
    private String regionCode;

    @Argument(index = 2, name = "value", required = false)
    private String value;

    @Option(name = "--reason", description = "why the region deviates (kept with the override)")
    private String reason;

    @Option(name = "--remove", description = "back to the act's value")
    private boolean remove;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        long regionId = org.findByCode(caller, regionCode)
                .orElseThrow(() -> new IllegalArgumentException("no organisation node " + regionCode)).id();
        if (remove) {
            norms.removeOverride(caller, key, regionId);
            System.out.println(key + ": region " + regionCode + " back to the act's value");
        } else {
            if (value == null) {
                throw new IllegalArgumentException("value required (or --remove)");
            }
            NormOverride o = norms.override(caller, key, regionId, new BigDecimal(value), reason);
            System.out.println(key + " = " + o.value().toPlainString() + " in region " + regionCode);
        }
        return null;
    }
}
