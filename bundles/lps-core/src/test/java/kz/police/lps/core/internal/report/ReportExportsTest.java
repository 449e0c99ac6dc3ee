package kz.police.lps.core.internal.report;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReportExportsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theDirectoryIsConfiguredOrUnderKarafData() {
        assertEquals(Path.of("/srv/data/reports"), ReportExports.directory("", "/srv/data"));
        assertEquals(Path.of("/srv/data/reports"), ReportExports.directory(null, "/srv/data"));
        assertEquals(Path.of("/exports"), ReportExports.directory(" /exports ", "/srv/data"));
    }

    @Test
    public void onlyRelativeNamesInsideTheDirectory() {
        Path base = Path.of("/srv/data/reports");
        assertEquals(base.resolve("q3.pdf"), ReportExports.resolve(base, "q3.pdf"));
        assertEquals(base.resolve("2026/q3.pdf"), ReportExports.resolve(base, "2026/./q3.pdf"));
        for (String bad : new String[] {"/etc/passwd", "../etc/users.properties", "a/../../x", "..", "", " ", ".",
            "a/.."}) {
            try {
                ReportExports.resolve(base, bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }

    @Test
    public void writesANewFileWholeOrNotAtAll() throws IOException {
        Path base = tmp.getRoot().toPath().resolve("reports");
        Path target = ReportExports.resolve(base, "sub/r.csv");
        long size = ReportExports.write(target, out -> out.write("a,b".getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, size);
        assertArrayEquals("a,b".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));

        try {
            ReportExports.write(target, out -> out.write('x'));
            fail("overwrote an existing file");
        } catch (FileAlreadyExistsException expected) {
            assertArrayEquals("a,b".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        }

        Path failed = ReportExports.resolve(base, "sub/failed.pdf");
        try {
            ReportExports.write(failed, out -> {
                out.write("%PDF half".getBytes(StandardCharsets.US_ASCII));
                throw new IllegalStateException("render failed");
            });
            fail("no error");
        } catch (IllegalStateException expected) {
            assertFalse("no half-written file", Files.exists(failed));
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals("no temporary file left", 1, files.count());
        }
        assertTrue(Files.exists(target));
    }
}
