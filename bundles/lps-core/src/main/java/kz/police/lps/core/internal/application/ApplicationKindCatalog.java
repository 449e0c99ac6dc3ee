package kz.police.lps.core.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.police.lps.core.api.application.ApplicationKind;
import kz.police.lps.core.internal.extender.BundleDataTracker;

/**
 * The application kinds the active bundles claim, by contributing bundle. A kind is claimed by exactly one unit: a
 * file naming a code already claimed (or twice), a code or deadline norm not prefixed with its unit, or a kind
 * without name, lines or norm is refused as a whole.
 */
public final class ApplicationKindCatalog implements BundleDataTracker.Catalog<ApplicationKindFile> {

    static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9-]*");
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    static final int MAX_CODE = 128;

    private final Map<Long, List<ApplicationKind>> byBundle = new LinkedHashMap<>();

    @Override
    public synchronized List<String> add(long bundleId, ApplicationKindFile file) {
        List<String> problems = new ArrayList<>();
        String unit = file.unit();
        if (unit == null || !UNIT.matcher(unit).matches()) {
            problems.add("unit: missing or not a unit id: " + unit);
            return problems;
        }
        if (file.kinds().isEmpty()) {
            problems.add("kinds: none given");
        }
        Set<String> claimed = byBundle.values().stream().flatMap(List::stream).map(ApplicationKind::code)
                .collect(Collectors.toCollection(HashSet::new));
        List<ApplicationKind> kinds = new ArrayList<>();
        for (ApplicationKindFile.Entry e : file.kinds()) {
            String where = "kind " + e.code() + ": ";
            if (e.code() == null || e.code().length() > MAX_CODE || !KEY.matcher(e.code()).matches()
                    || !e.code().startsWith(unit + ".")) {
                problems.add(where + "code must be '" + unit + ".<name>' in lower case, at most " + MAX_CODE);
            } else if (!claimed.add(e.code())) {
                problems.add(where + "already claimed");
            }
            if (e.name() == null) {
                problems.add(where + "name (kk, ru, en) is required");
            }
            if (e.lines() == null || e.lines().isBlank()) {
                problems.add(where + "needs the textbook lines it comes from");
            }
            if (e.decisionNorm() == null || !KEY.matcher(e.decisionNorm()).matches()
                    || !e.decisionNorm().startsWith(unit + ".")) {
                problems.add(where + "decisionNorm must be a norm key of the unit ('" + unit + ".<name>')");
            }
            kinds.add(new ApplicationKind(e.code(), unit, e.name(), e.act(), e.lines(), e.decisionNorm(),
                    Boolean.TRUE.equals(e.restricted())));
        }
        if (problems.isEmpty()) {
            byBundle.put(bundleId, List.copyOf(kinds));
        }
        return problems;
    }

    @Override
    public synchronized void remove(long bundleId) {
        byBundle.remove(bundleId);
    }

    @Override
    public String describe(ApplicationKindFile file) {
        return file.kinds().size() + " application kinds of unit " + file.unit();
    }

    public synchronized Optional<ApplicationKind> find(String code) {
        return byBundle.values().stream().flatMap(List::stream).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The kinds of one unit, or all when null, by code. */
    public synchronized List<ApplicationKind> kinds(String unitId) {
        return byBundle.values().stream().flatMap(List::stream)
                .filter(k -> unitId == null || k.unitId().equals(unitId))
                .sorted(Comparator.comparing(ApplicationKind::code)).toList();
    }

    /** The units that claim kinds right now: their applications are shown in full. */
    public synchronized Set<String> units() {
        return byBundle.values().stream().flatMap(List::stream).map(ApplicationKind::unitId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
