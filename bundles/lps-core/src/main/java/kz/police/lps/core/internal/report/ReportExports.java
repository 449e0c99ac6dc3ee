package kz.police.lps.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Report files written on the server ({@code lps:report --out}): only inside the export directory (attribute
 * {@code exportDir} of {@code kz.police.lps.reports}, default {@code ${karaf.data}/reports}), never over an existing
 * file, and whole or not at all: the bytes go to a temporary file in the same directory that is moved into place once
 * complete.
 */
public final class ReportExports {

    /** The reports configuration PID, whose {@code exportDir} names the export directory. */
    public static final String PID = "kz.police.lps.reports";

    /** Writes the report into a stream; may fail, in which case no file is left. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ReportExports() {
    }

    /** The export directory: the configured one, else {@code <karaf.data>/reports}. */
    public static Path directory(String configured, String karafData) {
        String dir = configured == null ? "" : configured.trim();
        if (dir.isEmpty()) {
            return Path.of(karafData == null ? "data" : karafData, "reports").toAbsolutePath().normalize();
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /**
     * The file a relative name stands for inside the directory.
     *
     * @throws IllegalArgumentException for an absolute name, a name with {@code ..}, or one leaving the directory
     */
    public static Path resolve(Path base, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a file name is required");
        }
        Path relative;
        try {
            relative = Path.of(name.trim());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            throw new IllegalArgumentException("an absolute path is not allowed; name a file inside " + base);
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException("'..' is not allowed; name a file inside " + base);
            }
        }
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("name a file inside " + base);
        }
        return target;
    }

    /**
     * Writes a new file: refused when it exists; through a temporary file moved into place, so a failed writer
     * leaves nothing behind. Returns the file's size.
     */
    public static long write(Path target, Writer writer) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = Files.createTempFile(dir, ".lps-report-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.createLink(target, temp); // atomic, and never replaces an existing file
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | IOException noLinks) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
            }
            return Files.size(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
