package kz.police.lps.core.api.norm;

import java.util.HashMap;
import java.util.Map;

/**
 * The norms one run reads (a task source's run, a request, a report), each looked up once per region: a norm is in
 * force region by region ({@link NormService#effective}), and the region is the first node of a department's
 * materialised path ({@code /<region>/.../}). Made for one run and then dropped, so a changed override is seen on the
 * next run; not thread-safe.
 */
public final class RunNorms {

    private final NormService norms;
    private final Map<String, Norm> cache = new HashMap<>();

    public RunNorms(NormService norms) {
        this.norms = norms;
    }

    /** The norm as in force in the region of the department with this path (the department's own when unknown). */
    public Norm effective(String key, Long departmentId, String departmentPath) {
        String region = regionOf(departmentPath);
        String cacheKey = key + "@" + (region != null ? "r" + region : "d" + departmentId);
        return cache.computeIfAbsent(cacheKey, k -> norms.effective(key, departmentId));
    }

    /** As {@link #effective(String, Long, String)} for a department whose path the caller does not hold. */
    public Norm effective(String key, Long departmentId) {
        return effective(key, departmentId, null);
    }

    public int intValue(String key, Long departmentId, String departmentPath) {
        return effective(key, departmentId, departmentPath).intValue();
    }

    /** The region's node id of a materialised path ({@code /1/4/9/} → {@code 1}), null when there is none. */
    public static String regionOf(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return null;
        }
        int end = path.indexOf('/', 1);
        return end <= 1 ? null : path.substring(1, end);
    }
}
