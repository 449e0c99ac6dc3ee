package kz.police.lps.core.internal.rest.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.org.AbsenceKind;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.core.api.person.RelationKind;
import kz.police.lps.core.api.person.Sex;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.internal.rest.Languages;

@Component(service = EnumerationsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/enumerations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enumerations", description = "Codes and their Kazakh, Russian and English labels")
public class EnumerationsResource {

    /** One value: the code clients send, the label in the answer's language, and all three labels. */
    public record Value(String code, String label, Map<String, String> labels) {
    }

    private static final Map<String, Class<? extends Labelled>> ENUMS = new LinkedHashMap<>();

    static {
        ENUMS.put("sex", Sex.class);
        ENUMS.put("relation-kind", RelationKind.class);
        ENUMS.put("org-unit-kind", OrgUnitKind.class);
        ENUMS.put("settlement-type", SettlementType.class);
        ENUMS.put("officer-status", OfficerStatus.class);
        ENUMS.put("absence-kind", AbsenceKind.class);
        ENUMS.put("act-kind", kz.police.lps.core.api.norm.ActKind.class);
        ENUMS.put("norm-unit", kz.police.lps.core.api.norm.NormUnit.class);
        ENUMS.put("norm-binding", kz.police.lps.core.api.norm.NormBinding.class);
        ENUMS.put("day-kind", kz.police.lps.core.api.calendar.DayKind.class);
        ENUMS.put("application-status", kz.police.lps.core.api.application.ApplicationStatus.class);
        ENUMS.put("application-channel", kz.police.lps.core.api.application.Channel.class);
        ENUMS.put("decision-kind", kz.police.lps.core.api.application.DecisionKind.class);
        ENUMS.put("notification-method", kz.police.lps.core.api.application.NotificationMethod.class);
    }

    @GET
    @Operation(summary = "All enumerations with labels in the Accept-Language language (kk default)")
    public Map<String, List<Value>> all(@Context Caller caller, @Context HttpHeaders headers) {
        Locale locale = Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, List<Value>> out = new LinkedHashMap<>();
        ENUMS.forEach((name, type) -> out.put(name, values(type, locale)));
        out.put("audit-action", java.util.Arrays.stream(AuditAction.values())
                .map(a -> new Value(a.name(), a.name(), Map.of())).toList());
        return out;
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One enumeration")
    public List<Value> one(@Context Caller caller, @Context HttpHeaders headers, @PathParam("name") String name) {
        Class<? extends Labelled> type = ENUMS.get(name);
        if (type == null) {
            throw new NotFoundException("enumeration", name);
        }
        return values(type, Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static List<Value> values(Class<? extends Labelled> type, Locale locale) {
        List<Value> values = new ArrayList<>();
        for (Labelled l : type.getEnumConstants()) {
            values.add(new Value(l.name(), l.label().in(locale), l.label().asMap()));
        }
        return values;
    }
}
