package kz.police.lps.core.api.report;

/** The formats a result renders to. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
