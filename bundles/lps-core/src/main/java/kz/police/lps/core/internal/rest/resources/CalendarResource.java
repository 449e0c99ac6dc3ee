package kz.police.lps.core.internal.rest.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;

@Component(service = CalendarResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "Kazakhstan's working days and deadline arithmetic")
public class CalendarResource {

    /** Working days in a span, with every day of it. */
    public record WorkingDays(LocalDate from, LocalDate to, int workingDays, List<CalendarDay> days) {
    }

    /** A computed deadline. */
    public record Deadline(Instant from, long amount, NormUnit unit, Instant due, LocalDate dueDate) {
    }

    /** The loaded years. */
    public record Years(Set<Integer> loaded, String zone) {
    }

    private final WorkingCalendar calendar;

    @Activate
    public CalendarResource(@Reference WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "Working days from..to (both inclusive, at most 5 years apart)")
    public WorkingDays workingDays(@Context Caller caller, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate f = RestParams.required("from", RestParams.date("from", from));
        LocalDate t = RestParams.required("to", RestParams.date("to", to));
        return new WorkingDays(f, t, calendar.workingDaysBetween(f, t), calendar.days(f, t));
    }

    @GET
    @Path("/deadline")
    @Operation(summary = "The deadline N working days / calendar days / hours after an instant")
    public Deadline deadline(@Context Caller caller,
            @Parameter(description = "ISO instant or date (start of day UTC)") @QueryParam("from") String from,
            @QueryParam("amount") String amount, @QueryParam("unit") String unit) {
        Instant f = RestParams.required("from", RestParams.instant("from", from));
        Integer n = RestParams.required("amount", RestParams.integer("amount", amount));
        if (n < 0 || n > 3660) {
            throw ValidationException.of("amount", "range", 0, 3660);
        }
        NormUnit u = RestParams.required("unit", RestParams.enumeration("unit", unit, NormUnit.class));
        if (u != NormUnit.WORKING_DAYS && u != NormUnit.CALENDAR_DAYS && u != NormUnit.HOURS
                && u != NormUnit.MINUTES) {
            throw ValidationException.of("unit", "param.enum", "[WORKING_DAYS, CALENDAR_DAYS, HOURS, MINUTES]");
        }
        Instant due = calendar.deadline(f, n, u);
        return new Deadline(f, n, u, due, due.atZone(calendar.zone()).toLocalDate());
    }

    @GET
    @Path("/day-after-period")
    @Operation(summary = "The Nth day of the month after a period (2026-07, 2026-Q3, 2026-H1, 2026)")
    public LocalDate dayAfterPeriod(@Context Caller caller, @QueryParam("period") String period,
            @QueryParam("day") String day) {
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(RestParams.required("period", RestParams.text(period)));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("period", "calendar.period");
        }
        Integer d = RestParams.required("day", RestParams.integer("day", day));
        if (d < 1 || d > 31) {
            throw ValidationException.of("day", "range", 1, 31);
        }
        return calendar.dayOfMonthAfter(p, d);
    }

    @GET
    @Path("/years")
    @Operation(summary = "The years whose holidays and transfers are loaded")
    public Years years(@Context Caller caller) {
        return new Years(calendar.loadedYears(), calendar.zone().getId());
    }

    @PUT
    @Path("/years/{year}")
    @Operation(summary = "Load (replace) a year's holidays and transfers (lps-org-admin; audited)")
    public Years load(@Context Caller caller, @PathParam("year") String year,
            @QueryParam("source") String source, CalendarYear body) {
        CalendarYear data = RestParams.requireBody(body);
        Integer y = RestParams.integer("year", year);
        if (y == null || y != data.year()) {
            throw ValidationException.of("year", "calendar.year-mismatch", data.year());
        }
        calendar.loadYear(caller, data, RestParams.text(source));
        return years(caller);
    }
}
