package kz.police.lps.core.internal.norm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.police.lps.core.api.norm.LegalAct;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.internal.extender.BundleDataTracker;

/**
 * The acts and norms contributed by the active bundles, by contributing bundle. A contribution is checked whole
 * before it is accepted: keys prefixed with the unit id and unique across bundles, every norm naming an act that is
 * known (in the same file or contributed before), values present; a file with any error is refused as a whole.
 */
public final class NormCatalog implements BundleDataTracker.Catalog<NormFile> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private record Contribution(List<LegalAct> acts, List<Norm> norms) {
    }

    private final Map<Long, Contribution> byBundle = new LinkedHashMap<>();

    /**
     * Adds a bundle's file; returns the problems found (empty when accepted).
     */
    @Override
    public synchronized List<String> add(long bundleId, NormFile file) {
        List<String> problems = new ArrayList<>();
        String unit = file.unit();
        if (unit == null || !unit.matches("[a-z][a-z0-9-]*")) {
            problems.add("unit: missing or not a unit id: " + unit);
            return problems;
        }
        Map<String, LegalAct> acts = new LinkedHashMap<>();
        allActs().forEach(a -> acts.put(a.code(), a));
        List<LegalAct> newActs = new ArrayList<>();
        for (NormFile.Act a : file.acts()) {
            if (a.code() == null || a.kind() == null || a.title() == null) {
                problems.add("act " + a.code() + ": code, kind and title are required");
            } else if (acts.containsKey(a.code())) {
                problems.add("act " + a.code() + ": already contributed");
            } else {
                LegalAct act = new LegalAct(a.code(), a.kind(), a.number(), a.date(), a.title(), a.lines(), unit);
                acts.put(act.code(), act);
                newActs.add(act);
            }
        }
        List<Norm> newNorms = new ArrayList<>();
        for (NormFile.Entry e : file.norms()) {
            String where = "norm " + e.key() + ": ";
            if (e.key() == null || !KEY.matcher(e.key()).matches() || !e.key().startsWith(unit + ".")) {
                problems.add(where + "key must be '" + unit + ".<name>' in lower case");
            } else if (find(e.key()).isPresent() || newNorms.stream().anyMatch(n -> n.key().equals(e.key()))) {
                problems.add(where + "already contributed");
            }
            if (e.value() == null || e.unit() == null || e.description() == null) {
                problems.add(where + "value, unit and description are required");
            }
            NormLimit limit = e.limit() == null ? NormLimit.EXACTLY : e.limit();
            if (limit == NormLimit.RANGE && (e.valueMax() == null || e.value() == null
                    || e.valueMax().compareTo(e.value()) < 0)) {
                problems.add(where + "a range needs valueMax ≥ value");
            }
            NormBinding binding = e.binding() == null ? NormBinding.MANDATORY : e.binding();
            if (binding != NormBinding.CONFIGURABLE && (e.act() == null || !acts.containsKey(e.act()))) {
                problems.add(where + "names no known act (" + e.act() + "); only a configurable norm may have none");
            }
            if (binding != NormBinding.CONFIGURABLE && (e.lines() == null || e.lines().isBlank())) {
                problems.add(where + "needs the textbook lines it comes from");
            }
            newNorms.add(new Norm(e.key(), unit, e.description(), e.value(), e.valueMax(), e.unit(), limit, binding,
                    e.value(), e.act(), e.lines(), false));
        }
        if (problems.isEmpty()) {
            byBundle.put(bundleId, new Contribution(List.copyOf(newActs), List.copyOf(newNorms)));
        }
        return problems;
    }

    @Override
    public synchronized void remove(long bundleId) {
        byBundle.remove(bundleId);
    }

    @Override
    public String describe(NormFile file) {
        return file.acts().size() + " acts, " + file.norms().size() + " norms";
    }

    public synchronized Optional<Norm> find(String key) {
        return byBundle.values().stream().flatMap(c -> c.norms().stream()).filter(n -> n.key().equals(key))
                .findFirst();
    }

    public synchronized List<Norm> norms(String unitId) {
        return byBundle.values().stream().flatMap(c -> c.norms().stream())
                .filter(n -> unitId == null || n.unitId().equals(unitId)).sorted(Comparator.comparing(Norm::key))
                .toList();
    }

    public synchronized List<LegalAct> acts(String unitId) {
        return allActs().stream().filter(a -> unitId == null || a.unitId().equals(unitId))
                .sorted(Comparator.comparing(LegalAct::code)).toList();
    }

    private List<LegalAct> allActs() {
        return byBundle.values().stream().flatMap(c -> c.acts().stream()).toList();
    }
}
