package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.card.JuvenileCardPart;

/**
 * The person's incidents as a student (offences and substance use reported to the school, BR-J16/BR-J17), in the
 * reader's scope, newest first; the read is audited. Need-to-know like every part of the unit.
 */
@Component(service = JuvenileCardPart.class)
public class IncidentsCardPart implements JuvenileCardPart {

    private final JpaTemplate jpa;
    private final AuditService audit;

    @Activate
    public IncidentsCardPart(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public String key() {
        return "schoolIncidents";
    }

    @Override
    public boolean holds(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM "
                + "StudentIncidentEntity e WHERE e.personId = :p", Long.class).setParameter("p", personId)
                .getSingleResult()) > 0;
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return List.of();
        }
        List<Map<String, Object>> out = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM "
                + "StudentIncidentEntity e WHERE e.personId = :p AND e.departmentPath LIKE :scope ORDER BY "
                + "e.occurredOn DESC, e.id DESC", StudentIncidentEntity.class).setParameter("p", person.id())
                .setParameter("scope", scope + "%").getResultList().stream().map(IncidentsCardPart::entry).toList());
        if (!out.isEmpty()) {
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, StudentIncidents.SUBJECT, null, null,
                    "person card " + person.id() + ": " + out.size() + " incidents");
        }
        return out;
    }

    private static Map<String, Object> entry(StudentIncidentEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("schoolId", e.getSchoolId());
        m.put("kind", e.getKind());
        m.put("occurredOn", e.getOccurredOn());
        m.put("reportedAt", e.getReportedAt());
        m.put("councilId", e.getCouncilId());
        return m;
    }
}
