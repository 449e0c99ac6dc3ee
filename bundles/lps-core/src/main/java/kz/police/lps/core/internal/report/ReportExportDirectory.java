package kz.police.lps.core.internal.report;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The directory {@code lps:report --out} writes into: {@code exportDir} of {@code kz.police.lps.reports} (the reports
 * configuration, designated by {@link ReportServiceImpl}), default {@code ${karaf.data}/reports}.
 */
@Component(service = ReportExportDirectory.class, configurationPid = ReportExports.PID)
public class ReportExportDirectory {

    private final Path directory;

    @Activate
    public ReportExportDirectory(ReportsConfig config) {
        this.directory = ReportExports.directory(config.exportDir(), System.getProperty("karaf.data"));
    }

    public Path path() {
        return directory;
    }
}
