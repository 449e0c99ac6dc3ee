package kz.police.lps.core.internal.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.DataScope;

/**
 * Builds a filtered, scoped, sorted and paged JPQL query over one entity, and its count. Conditions are added only
 * for the criteria given, with named parameters (never concatenated values).
 */
public final class JpqlQuery<E> {

    private final Class<E> entity;
    private final String alias;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, String> sortFields;

    /**
     * @param sortFields API sort field name → entity attribute
     */
    public JpqlQuery(Class<E> entity, Map<String, String> sortFields) {
        this.entity = entity;
        this.alias = "e";
        this.sortFields = sortFields;
    }

    /** Adds {@code e.<attribute> = :value} when value is not null. */
    public JpqlQuery<E> eq(String attribute, Object value) {
        if (value != null) {
            String p = param(value);
            where.add(alias + "." + attribute + " = :" + p);
        }
        return this;
    }

    /** Adds a raw condition over alias {@code e} with the given parameters. */
    public JpqlQuery<E> where(String condition, Map<String, Object> conditionParams) {
        where.add(condition);
        params.putAll(conditionParams);
        return this;
    }

    public JpqlQuery<E> ge(String attribute, Object value) {
        if (value != null) {
            where.add(alias + "." + attribute + " >= :" + param(value));
        }
        return this;
    }

    public JpqlQuery<E> lt(String attribute, Object value) {
        if (value != null) {
            where.add(alias + "." + attribute + " < :" + param(value));
        }
        return this;
    }

    /** Restricts to records whose department path attribute lies in the scope. */
    /** Restricts to records owned by the department with this path or a node under it; none when path is null. */
    public JpqlQuery<E> subtree(String pathAttribute, String path) {
        if (path != null) {
            where.add(alias + "." + pathAttribute + " LIKE :" + param(path + "%"));
        }
        return this;
    }

    public JpqlQuery<E> scope(String pathAttribute, DataScope scope) {
        if (scope.isNone()) {
            where.add("1 = 0");
        } else if (!scope.isAll()) {
            where.add(alias + "." + pathAttribute + " LIKE :" + param(scope.pathPrefix() + "%"));
        }
        return this;
    }

    public <R> Page<R> page(EntityManager em, PageRequest page, String defaultOrder, Function<E, R> mapper) {
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(" + alias + ") FROM " + entity.getSimpleName() + " " + alias + filter, Long.class);
        TypedQuery<E> select = em.createQuery(
                "SELECT " + alias + " FROM " + entity.getSimpleName() + " " + alias + filter + orderBy(page, defaultOrder),
                entity);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<E> rows = total == 0 ? List.of()
                : select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(rows.stream().map(mapper).toList(), total, page.limit(), page.offset());
    }

    private String orderBy(PageRequest page, String defaultOrder) {
        List<String> parts = new ArrayList<>();
        for (PageRequest.SortKey key : page.sort()) {
            parts.add(alias + "." + sortFields.get(key.field()) + (key.descending() ? " DESC" : " ASC"));
        }
        parts.add(alias + "." + defaultOrder);
        return " ORDER BY " + String.join(", ", parts);
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }
}
