package kz.police.lps.core.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/kz.police.lps.calendar.cfg}. */
@ObjectClassDefinition(name = "LPS working-day calendar")
public @interface CalendarConfig {

    @AttributeDefinition(description = "Time zone deadlines end their days in (Kazakhstan: one zone, UTC+5, since 1 March 2024)")
    String zone() default "Asia/Almaty";
}
