package kz.police.lps.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import kz.police.lps.core.internal.demo.DemoLoader;
import kz.police.lps.core.internal.demo.DemoMode;

@Service
@Command(scope = "lps", name = "demo-load", description = "Loads the demo region (idempotent: what exists is kept). "
        + "Needs demo mode: etc/kz.police.lps.demo.cfg enabled=true")
public class DemoLoadCommand implements Action {

    @Reference(optional = true)
    private DemoMode demo;

    @Override
    public Object execute() {
        if (demo == null || !demo.enabled()) {
            System.err.println("Demo mode is off (etc/kz.police.lps.demo.cfg: enabled=true). Nothing loaded.");
            return null;
        }
        DemoLoader.Result r = demo.load(pct -> {
            System.out.print("\rLoading demo region: " + pct + "%");
            System.out.flush();
        });
        System.out.println();
        System.out.printf("Created %d organisation nodes, %d officers, %d persons in %d ms%n", r.nodesCreated(),
                r.officersCreated(), r.personsCreated(), r.millis());
        return null;
    }
}
