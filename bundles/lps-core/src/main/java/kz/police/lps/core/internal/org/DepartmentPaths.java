package kz.police.lps.core.internal.org;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.model.OrgUnitEntity;

/**
 * The materialised path of each organisation node, cached: a node's path never changes (nodes are not moved), so
 * scope checks need no query after the first.
 */
@Component(service = DepartmentPaths.class)
public class DepartmentPaths {

    private final JpaTemplate jpa;
    private final Map<Long, String> cache = new ConcurrentHashMap<>();

    @Activate
    public DepartmentPaths(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    /**
     * The path of a department a search is narrowed to: null when none is given, a 422 naming the field when it
     * does not exist.
     */
    public String subtreeFilter(String field, Long departmentId) {
        return departmentId == null ? null : pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of(field, "org.department.unknown", departmentId));
    }

    public Optional<String> pathOf(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        String cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        String path = jpa.txExpr(TransactionType.Supports, em -> {
            OrgUnitEntity e = em.find(OrgUnitEntity.class, id);
            return e == null ? null : e.getPath();
        });
        if (path != null) {
            cache.put(id, path);
        }
        return Optional.ofNullable(path);
    }
}
