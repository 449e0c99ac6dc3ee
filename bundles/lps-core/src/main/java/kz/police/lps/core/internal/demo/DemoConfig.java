package kz.police.lps.core.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/kz.police.lps.demo.cfg}: the demo region and demo accounts. Never enable it on real data. */
@ObjectClassDefinition(name = "LPS demo mode", description = "Demo region and demo accounts")
public @interface DemoConfig {

    @AttributeDefinition(description = "Load the demo region on first start and create the demo accounts")
    boolean enabled() default false;

    @AttributeDefinition(description = "Number of demo persons to generate")
    int persons() default 3000;

    @AttributeDefinition(description = "Random seed of the demo region (same seed, same region)")
    long seed() default 20260101L;
}
