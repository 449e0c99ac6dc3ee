package kz.police.lps.core.internal.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.internal.extender.BundleDataTracker;

/**
 * The registers and grounds contributed by the active bundles, by contributing bundle. A file is checked whole
 * before it is accepted: ids and codes prefixed with the unit id and unique across bundles, every ground naming a
 * register of the same file, every register with at least one placement and one removal ground, an act and textbook
 * lines wherever the entry is not marked configurable (the texts give no removal grounds, so units mark those
 * configurable). A file with any error is refused as a whole.
 */
public final class RegisterCatalog implements BundleDataTracker.Catalog<RegisterFile> {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9-]*");

    private record Contribution(List<RegisterDefinition> registers, List<RegisterGround> grounds) {
    }

    private final Map<Long, Contribution> byBundle = new LinkedHashMap<>();

    @Override
    public synchronized List<String> add(long bundleId, RegisterFile file) {
        List<String> problems = new ArrayList<>();
        String unit = file.unit();
        if (unit == null || !UNIT.matcher(unit).matches()) {
            problems.add("unit: missing or not a unit id: " + unit);
            return problems;
        }
        Set<String> taken = new HashSet<>();
        allRegisters().forEach(r -> taken.add(r.id()));
        allGrounds().forEach(g -> taken.add(g.code()));
        Map<String, RegisterDefinition> registers = new LinkedHashMap<>();
        for (RegisterFile.Register r : file.registers()) {
            String where = "register " + r.id() + ": ";
            checkKey(problems, where, r.id(), unit, taken);
            if (r.name() == null) {
                problems.add(where + "name is required");
            }
            boolean configurable = Boolean.TRUE.equals(r.configurable());
            checkSource(problems, where, r.act(), r.lines(), configurable);
            if (r.id() != null) {
                registers.put(r.id(), new RegisterDefinition(r.id(), unit, r.name(), Boolean.TRUE.equals(r.restricted()),
                        r.alert() == null ? CardAlert.Severity.WARNING : r.alert(), r.act(), r.lines(), configurable));
            }
        }
        List<RegisterGround> grounds = new ArrayList<>();
        for (RegisterFile.Ground g : file.grounds()) {
            String where = "ground " + g.code() + ": ";
            checkKey(problems, where, g.code(), unit, taken);
            if (g.register() == null || !registers.containsKey(g.register())) {
                problems.add(where + "names no register of this file (" + g.register() + ")");
            }
            if (g.kind() == null || g.name() == null) {
                problems.add(where + "kind and name are required");
            }
            boolean configurable = Boolean.TRUE.equals(g.configurable());
            checkSource(problems, where, g.act(), g.lines(), configurable);
            if (g.checkNorm() != null) {
                if (g.kind() != GroundKind.PLACEMENT) {
                    problems.add(where + "only a placement ground has planned checks");
                } else if (!KEY.matcher(g.checkNorm()).matches()) {
                    problems.add(where + "checkNorm is not a norm key: " + g.checkNorm());
                }
            }
            grounds.add(new RegisterGround(g.code(), g.register(), unit, g.kind(), g.name(), g.act(), g.lines(),
                    configurable, g.checkNorm()));
        }
        for (String id : registers.keySet()) {
            for (GroundKind kind : GroundKind.values()) {
                if (grounds.stream().noneMatch(g -> id.equals(g.registerId()) && g.kind() == kind)) {
                    problems.add("register " + id + ": needs at least one " + kind + " ground");
                }
            }
        }
        if (problems.isEmpty()) {
            byBundle.put(bundleId, new Contribution(List.copyOf(registers.values()), List.copyOf(grounds)));
        }
        return problems;
    }

    private static void checkKey(List<String> problems, String where, String key, String unit, Set<String> taken) {
        if (key == null || !KEY.matcher(key).matches() || !key.startsWith(unit + ".")) {
            problems.add(where + "must be '" + unit + ".<name>' in lower case");
        } else if (!taken.add(key)) {
            problems.add(where + "already contributed");
        }
    }

    private static void checkSource(List<String> problems, String where, String act, String lines,
            boolean configurable) {
        if (!configurable && (act == null || act.isBlank() || lines == null || lines.isBlank())) {
            problems.add(where + "needs the act and the textbook lines it comes from; only a configurable entry "
                    + "may have none");
        }
    }

    @Override
    public synchronized void remove(long bundleId) {
        byBundle.remove(bundleId);
    }

    @Override
    public String describe(RegisterFile file) {
        return file.registers().size() + " registers, " + file.grounds().size() + " grounds";
    }

    /** The registers of a unit (all when null), by id. */
    public synchronized List<RegisterDefinition> registers(String unitId) {
        return allRegisters().filter(r -> unitId == null || r.unitId().equals(unitId))
                .sorted(Comparator.comparing(RegisterDefinition::id)).toList();
    }

    public synchronized Optional<RegisterDefinition> register(String id) {
        return allRegisters().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The grounds of a register, placement grounds first, each kind in file order. */
    public synchronized List<RegisterGround> grounds(String registerId) {
        return allGrounds().filter(g -> g.registerId().equals(registerId))
                .sorted(Comparator.comparing(RegisterGround::kind)).toList();
    }

    public synchronized Optional<RegisterGround> ground(String code) {
        return allGrounds().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The placement grounds with planned checks, of every installed register. */
    public synchronized List<RegisterGround> checkedGrounds() {
        return allGrounds().filter(g -> g.checkNorm() != null).toList();
    }

    private Stream<RegisterDefinition> allRegisters() {
        return byBundle.values().stream().flatMap(c -> c.registers().stream());
    }

    private Stream<RegisterGround> allGrounds() {
        return byBundle.values().stream().flatMap(c -> c.grounds().stream());
    }
}
