package kz.police.lps.core.internal.report;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/kz.police.lps.reports.cfg}. */
@ObjectClassDefinition(name = "LPS reports")
public @interface ReportsConfig {

    @AttributeDefinition(description = "Report runs computed at the same time on this node")
    int threads() default 2;

    @AttributeDefinition(description = "Runs waiting for a thread at most; more are refused (HTTP 409)")
    int maxQueued() default 100;

    @AttributeDefinition(description = "Days a finished run (and its result) is kept before it is purged")
    int keepDays() default 30;

    @AttributeDefinition(description = "Rows a result may have at most; a larger one fails its run")
    int maxRowCount() default 10000;

    @AttributeDefinition(description = "A Unicode TrueType font for PDF output; empty: Liberation Sans from OpenPDF")
    String fontFile() default "";

    @AttributeDefinition(description = "The only directory lps:report --out writes into (relative names only); "
            + "empty: ${karaf.data}/reports")
    String exportDir() default "";
}
