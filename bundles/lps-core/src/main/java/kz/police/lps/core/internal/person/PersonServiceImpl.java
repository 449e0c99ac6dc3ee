package kz.police.lps.core.internal.person;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Iin;
import kz.police.lps.core.api.person.Names;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonQuery;
import kz.police.lps.core.api.person.PersonRelation;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.db.Versions;
import kz.police.lps.core.internal.model.AddressEmbeddable;
import kz.police.lps.core.internal.model.PersonEntity;
import kz.police.lps.core.internal.model.PersonRelationEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;
import kz.police.lps.core.internal.org.OrgServiceImpl;
import kz.police.lps.core.api.error.Checks;

@Component(service = {PersonService.class, PersonLookup.class})
public class PersonServiceImpl implements PersonService, PersonLookup {

    public static final String SUBJECT = "person";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> SORT = Map.of("surname", "surname", "name", "name", "birthDate",
            "birthDate", "iin", "iin", "id", "id");

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;

    @Activate
    public PersonServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths) {
        this.jpa = jpa;
        this.audit = audit;
        this.paths = paths;
    }

    @Override
    public Person create(Caller caller, Person draft) {
        audit.require(caller, Permission.PERSON_WRITE, AuditAction.CREATE, SUBJECT, null);
        Long departmentId = draft.departmentId() != null ? draft.departmentId() : caller.departmentId();
        validate(draft, departmentId);
        String departmentPath = departmentPath(caller, departmentId);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireUniqueIin(em, draft.iin(), null);
            PersonEntity e = new PersonEntity();
            apply(em, e, draft);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(departmentPath);
            e.setCreatedAt(e.getUpdatedAt());
            em.persist(e);
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), departmentId);
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public Person get(Caller caller, long id) {
        Person person = scopedGet(caller, id);
        audit.record(caller, AuditAction.READ, SUBJECT, id, person.departmentId());
        return person;
    }

    @Override
    public Person scopedGet(Caller caller, long id) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, id);
        PersonEntity e = jpa.txExpr(TransactionType.Supports, em -> em.find(PersonEntity.class, id));
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        requireReadScope(caller, e);
        return toDto(e);
    }

    @Override
    public Optional<Person> findByIin(Caller caller, String iin) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        return jpa.txExpr(TransactionType.Supports, em -> byIin(em, iin)).map(e -> auditedRead(caller, e));
    }

    @Override
    public Page<Person> search(Caller caller, PersonQuery q, PageRequest page) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, "person-search", null);
        Page<Person> result = jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<PersonEntity> query = new JpqlQuery<>(PersonEntity.class, SORT)
                    .eq("iin", q.iin())
                    .eq("birthDate", q.birthDate())
                    .eq("departmentId", q.departmentId())
                    .eq("precinctId", q.precinctId())
                    .scope("departmentPath", caller.scope());
            if (q.name() != null && !q.name().isBlank()) {
                String key = Names.fold(q.name()).replace("%", "").replace("_", "") + "%";
                query.where("(e.fullNameKey LIKE :nk OR e.givenNameKey LIKE :nk)", Map.of("nk", key));
            }
            return query.page(em, page, "id", PersonServiceImpl::toDto);
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, "person-search", null, null,
                describe(q) + " -> " + result.total() + " found, ids " + result.items().stream().map(Person::id).toList());
        return result;
    }

    @Override
    public Person update(Caller caller, long id, Long expectedVersion, Person data) {
        audit.require(caller, Permission.PERSON_WRITE, AuditAction.UPDATE, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            requireScope(caller, e);
            Versions.check(expectedVersion, e.getVersion());
            Long departmentId = data.departmentId() != null ? data.departmentId() : e.getDepartmentId();
            validate(data, departmentId);
            String departmentPath = departmentPath(caller, departmentId);
            requireUniqueIin(em, data.iin(), id);
            apply(em, e, data);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(departmentPath);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, departmentId);
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public List<PersonRelation> relations(Caller caller, long personId) {
        Person person = scopedGet(caller, personId);
        List<PersonRelation> relations = relationsOf(caller, person);
        audit.record(caller, AuditAction.READ, "person.relations", personId, person.departmentId());
        return relations;
    }

    @Override
    public List<PersonRelation> scopedRelations(Caller caller, long personId) {
        return relationsOf(caller, scopedGet(caller, personId));
    }

    private List<PersonRelation> relationsOf(Caller caller, Person person) {
        long personId = person.id();
        // a relation to a person outside the caller's scope is not shown: it would reveal that person
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT r FROM PersonRelationEntity r WHERE r.personId = :p OR r.relatedPersonId = :p ORDER BY r.id",
                PersonRelationEntity.class).setParameter("p", person.id()).getResultList().stream()
                .filter(r -> {
                    long other = r.getPersonId() == personId ? r.getRelatedPersonId() : r.getPersonId();
                    PersonEntity o = em.find(PersonEntity.class, other);
                    return o != null && caller.scope().covers(o.getDepartmentPath());
                })
                .map(PersonServiceImpl::toDto).toList());
    }

    @Override
    public PersonRelation addRelation(Caller caller, long personId, PersonRelation r) {
        audit.require(caller, Permission.PERSON_WRITE, AuditAction.CREATE, "person.relation", personId);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.kind() == null) {
            errors.add("kind", "required");
        }
        if (r.relatedPersonId() == null) {
            errors.add("relatedPersonId", "required");
        } else if (r.relatedPersonId() == personId) {
            errors.add("relatedPersonId", "relation.self");
        }
        if (r.since() != null && r.until() != null && r.until().isBefore(r.since())) {
            errors.add("until", "date.before", "since");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = em.find(PersonEntity.class, personId);
            if (person == null) {
                throw new NotFoundException(SUBJECT, personId);
            }
            requireScope(caller, person);
            PersonEntity related = em.find(PersonEntity.class, r.relatedPersonId());
            if (related == null) {
                throw ValidationException.of("relatedPersonId", "person.unknown", r.relatedPersonId());
            }
            requireScope(caller, related);
            PersonRelationEntity e = new PersonRelationEntity();
            e.setPersonId(personId);
            e.setRelatedPersonId(r.relatedPersonId());
            e.setKind(r.kind());
            e.setSince(r.since());
            e.setUntil(r.until());
            em.persist(e);
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, "person.relation", e.getId(),
                    person.getDepartmentId(), r.kind() + " " + personId + " -> " + r.relatedPersonId());
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public void removeRelation(Caller caller, long personId, long relationId) {
        audit.require(caller, Permission.PERSON_WRITE, AuditAction.DELETE, "person.relation", relationId);
        jpa.tx(TransactionType.Required, em -> {
            PersonRelationEntity e = em.find(PersonRelationEntity.class, relationId);
            if (e == null || (e.getPersonId() != personId && e.getRelatedPersonId() != personId)) {
                throw new NotFoundException("person.relation", relationId);
            }
            PersonEntity person = em.find(PersonEntity.class, e.getPersonId());
            PersonEntity related = em.find(PersonEntity.class, e.getRelatedPersonId());
            requireScope(caller, person);
            requireScope(caller, related);
            em.remove(e);
            audit.record(caller, AuditAction.DELETE, AuditOutcome.SUCCESS, "person.relation", relationId,
                    person.getDepartmentId(), e.getKind() + " " + e.getPersonId() + " -> " + e.getRelatedPersonId());
        });
    }

    /** Audits the read of one person found by IIN and returns it when the caller's scope covers it. */
    private Person auditedRead(Caller caller, PersonEntity e) {
        requireReadScope(caller, e);
        audit.record(caller, AuditAction.READ, SUBJECT, e.getId(), e.getDepartmentId());
        return toDto(e);
    }

    /** A read outside the caller's data scope is refused, and the refusal audited. */
    private void requireReadScope(Caller caller, PersonEntity e) {
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, e.getId(), e.getDepartmentId(), "outside data scope");
        }
    }

    private void requireScope(Caller caller, PersonEntity e) {
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, e.getId(), e.getDepartmentId(),
                    "outside data scope");
        }
    }

    private String departmentPath(Caller caller, Long departmentId) {
        String path = paths.pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of("departmentId", "org.department.unknown", departmentId));
        if (!caller.scope().covers(path)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, null, departmentId,
                    "departmentId outside data scope");
        }
        return path;
    }

    private static Optional<PersonEntity> byIin(EntityManager em, String iin) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE p.iin = :iin", PersonEntity.class)
                .setParameter("iin", iin).getResultList().stream().findFirst();
    }

    private static void requireUniqueIin(EntityManager em, String iin, Long selfId) {
        byIin(em, iin).filter(other -> !other.getId().equals(selfId)).ifPresent(other -> {
            throw new ConflictException("iin", "person.iin.taken");
        });
    }

    /** Checks a person's data; every bad field is reported at once. */
    public static void validate(Person p, Long departmentId) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (p.iin() == null) {
            errors.add("iin", "required");
        } else {
            Iin.check(p.iin()).ifPresentOrElse(problem -> errors.add("iin", problem.code()), () -> {
                Iin iin = Iin.parse(p.iin());
                if (p.birthDate() != null && !p.birthDate().equals(iin.birthDate())) {
                    errors.add("birthDate", "person.birth-date.iin", iin.birthDate());
                }
                if (p.sex() != null && p.sex() != iin.sex()) {
                    errors.add("sex", "person.sex.iin", iin.sex());
                }
            });
        }
        Checks.name(errors, "surname", p.surname(), true);
        Checks.name(errors, "name", p.name(), true);
        Checks.name(errors, "patronymic", p.patronymic(), false);
        if (p.birthDate() == null) {
            errors.add("birthDate", "required");
        } else if (p.birthDate().isAfter(java.time.LocalDate.now())) {
            errors.add("birthDate", "date.future");
        }
        if (p.sex() == null) {
            errors.add("sex", "required");
        }
        if (p.citizenship() == null) {
            errors.add("citizenship", "required");
        } else if (!COUNTRIES.contains(p.citizenship())) {
            errors.add("citizenship", "person.citizenship.code");
        }
        address(errors, "registeredAddress", p.registeredAddress());
        address(errors, "actualAddress", p.actualAddress());
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
    }

    private static void address(ValidationException.Collector errors, String field, Address a) {
        if (a == null) {
            return;
        }
        Checks.maxLength(errors, field + ".region", a.region(), 128);
        Checks.maxLength(errors, field + ".district", a.district(), 128);
        Checks.maxLength(errors, field + ".settlement", a.settlement(), 128);
        Checks.maxLength(errors, field + ".street", a.street(), 128);
        Checks.maxLength(errors, field + ".house", a.house(), 16);
        Checks.maxLength(errors, field + ".apartment", a.apartment(), 16);
        if (a.settlement() == null || a.settlement().isBlank()) {
            errors.add(field + ".settlement", "required");
        }
    }

    private static void apply(EntityManager em, PersonEntity e, Person p) {
        // resolve first: the query would flush a half-changed entity (and bump its version twice)
        Address home = p.actualAddress() != null ? p.actualAddress() : p.registeredAddress();
        Long precinctId = OrgServiceImpl.resolve(em, home).orElse(null);
        e.setIin(p.iin());
        e.setSurname(p.surname().trim());
        e.setName(p.name().trim());
        e.setPatronymic(p.patronymic() == null || p.patronymic().isBlank() ? null : p.patronymic().trim());
        e.setFullNameKey(Names.fold(e.getSurname() + " " + e.getName()
                + (e.getPatronymic() == null ? "" : " " + e.getPatronymic())));
        e.setGivenNameKey(Names.fold(e.getName() + (e.getPatronymic() == null ? "" : " " + e.getPatronymic())));
        e.setBirthDate(p.birthDate());
        e.setSex(p.sex());
        e.setCitizenship(p.citizenship());
        e.setRegisteredAddress(AddressEmbeddable.update(e.getRegisteredAddress(), p.registeredAddress()));
        e.setActualAddress(AddressEmbeddable.update(e.getActualAddress(), p.actualAddress()));
        e.setPrecinctId(precinctId);
        e.setUpdatedAt(Instant.now());
    }

    private static String describe(PersonQuery q) {
        Map<String, Object> m = new HashMap<>();
        m.put("iin", q.iin());
        m.put("name", q.name());
        m.put("birthDate", q.birthDate());
        m.put("departmentId", q.departmentId());
        m.put("precinctId", q.precinctId());
        m.values().removeIf(java.util.Objects::isNull);
        return m.toString();
    }

    public static Person toDto(PersonEntity e) {
        return new Person(e.getId(), e.getIin(), e.getSurname(), e.getName(), e.getPatronymic(), e.getBirthDate(),
                e.getSex(), e.getCitizenship(), AddressEmbeddable.toAddress(e.getRegisteredAddress()),
                AddressEmbeddable.toAddress(e.getActualAddress()),
                e.getDepartmentId(), e.getPrecinctId(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
    }

    private static PersonRelation toDto(PersonRelationEntity e) {
        return new PersonRelation(e.getId(), e.getPersonId(), e.getRelatedPersonId(), e.getKind(), e.getSince(),
                e.getUntil());
    }
}
