package kz.police.lps.core.internal.task;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/kz.police.lps.tasks.cfg}: the task scheduler. */
@ObjectClassDefinition(name = "LPS task scheduler")
public @interface TaskConfig {

    @AttributeDefinition(description = "Run the scheduler (recurring obligations, cover re-routing, escalation)")
    boolean enabled() default true;

    @AttributeDefinition(description = "Seconds between two runs of the scheduler")
    int sweepPeriodSeconds() default 300;

    @AttributeDefinition(description = "Seconds after activation before the first run")
    int initialDelaySeconds() default 60;

    @AttributeDefinition(description = "Minutes past due before an open task escalates to the head "
            + "(configurable: the textbook sets no grace)")
    int escalationGraceMinutes() default 0;
}
