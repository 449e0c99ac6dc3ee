package kz.police.lps.core.internal.security;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.model.OfficerEntity;
import kz.police.lps.core.internal.model.OrgUnitEntity;

/**
 * Derives a caller's data scope from the officer record their login belongs to: an officer of a city/district body
 * (or anything below it) sees that body's subtree; an officer serving above that level (the regional police
 * department) sees the whole region; {@code lps-admin} sees everything; a login with no officer sees nothing.
 * Results are kept for 30 seconds.
 */
@Component(service = {CallerFactory.class, CallerFactoryImpl.class})
public class CallerFactoryImpl implements CallerFactory {

    private static final long KEEP_MILLIS = 30_000;

    private record Placement(Long departmentId, DataScope scope, long until) {
    }

    private final JpaTemplate jpa;
    private final Map<String, Placement> placements = new ConcurrentHashMap<>();

    @Activate
    public CallerFactoryImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Caller caller(String username, Set<String> roles, String remoteAddress, String purpose) {
        Placement placement = placement(username);
        DataScope scope = roles.contains(Roles.ADMIN) ? DataScope.all() : placement.scope();
        return new Caller(username, roles, scope, placement.departmentId(), remoteAddress, purpose);
    }

    @Override
    public Caller caller(Subject subject, String channel) {
        if (subject == null) {
            throw new IllegalStateException("no authenticated subject");
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
                .orElseThrow(() -> new IllegalStateException("no user principal"));
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        return caller(user, roles, channel, null);
    }

    /** Drops a login's cached placement (its officer changed). */
    public void forget(String login) {
        if (login != null) {
            placements.remove(login);
        }
    }

    private Placement placement(String username) {
        long now = System.currentTimeMillis();
        Placement cached = placements.get(username);
        if (cached != null && cached.until() > now) {
            return cached;
        }
        Placement fresh = jpa.txExpr(TransactionType.Supports, em -> {
            List<OfficerEntity> officers = em
                    .createQuery("SELECT o FROM OfficerEntity o WHERE o.login = :l", OfficerEntity.class)
                    .setParameter("l", username).getResultList();
            if (officers.isEmpty() || officers.get(0).getStatus() != OfficerStatus.ACTIVE) {
                // no officer, or a suspended or dismissed one: no data
                return new Placement(null, DataScope.none(), now + KEEP_MILLIS);
            }
            Long departmentId = officers.get(0).getDepartmentId();
            OrgUnitEntity node = em.find(OrgUnitEntity.class, departmentId);
            OrgUnitEntity region = null;
            while (node != null) {
                if (node.getKind() == OrgUnitKind.DISTRICT_BODY) {
                    return new Placement(departmentId, DataScope.subtree(node.getPath()), now + KEEP_MILLIS);
                }
                if (node.getKind() == OrgUnitKind.REGION) {
                    region = node;
                }
                node = node.getParentId() == null ? null : em.find(OrgUnitEntity.class, node.getParentId());
            }
            return new Placement(departmentId, region == null ? DataScope.none() : DataScope.subtree(region.getPath()),
                    now + KEEP_MILLIS);
        });
        placements.put(username, fresh);
        return fresh;
    }
}
