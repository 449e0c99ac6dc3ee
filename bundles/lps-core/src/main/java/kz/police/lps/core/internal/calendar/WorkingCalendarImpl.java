package kz.police.lps.core.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;

/**
 * The calendar: loaded years from {@code LPS_CALENDAR_YEAR} (the years shipped in {@code calendar/kz-<year>.json} are
 * stored on first start), any other year derived from the standing holidays, provisionally.
 */
@Component(service = WorkingCalendar.class, configurationPid = "kz.police.lps.calendar")
@Designate(ocd = CalendarConfig.class)
public class WorkingCalendarImpl implements WorkingCalendar {

    static final int[] SHIPPED_YEARS = {2026, 2027};
    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendarImpl.class);

    private record Year(Map<java.time.LocalDate, CalendarDay> special, boolean provisional) {
    }

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final ZoneId zone;
    private final ObjectMapper files = CalendarFiles.mapper();
    private final List<CalendarYear.Holiday> standing;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    @Activate
    public WorkingCalendarImpl(CalendarConfig config, BundleContext context,
            @Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.zone = ZoneId.of(config.zone());
        this.standing = readStanding(context);
        for (int shipped : SHIPPED_YEARS) {
            storeIfAbsent(context, shipped);
        }
        jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT y FROM CalendarYearEntity y", CalendarYearEntity.class).getResultList())
                .forEach(e -> years.put(e.getYear(), new Year(CalendarRules.specialDays(parse(e.getData()), false),
                        false)));
        LOG.info("Working calendar: years {} loaded, zone {}", new TreeSet<>(years.keySet()), zone);
    }

    private CalendarYear parse(String jsonText) {
        try {
            return files.readValue(jsonText, CalendarYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable calendar year: " + e.getOriginalMessage(), e);
        }
    }

    private List<CalendarYear.Holiday> readStanding(BundleContext context) {
        try (InputStream in = context.getBundle().getEntry("calendar/standing-holidays.json").openStream()) {
            JsonNode root = files.readTree(in);
            List<CalendarYear.Holiday> list = new ArrayList<>();
            for (JsonNode h : root.path("holidays")) {
                list.add(new CalendarYear.Holiday(MonthDay.parse("--" + h.path("monthDay").asText()).atYear(2000),
                        files.treeToValue(h.path("name"), LocalizedText.class), h.path("moveIfWeekend").asBoolean(),
                        root.path("basis").asText()));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new IllegalStateException("standing holidays unreadable", e);
        }
    }

    private void storeIfAbsent(BundleContext context, int year) {
        boolean present = jpa.txExpr(TransactionType.Supports,
                em -> em.find(CalendarYearEntity.class, year) != null);
        if (present) {
            return;
        }
        try (InputStream in = context.getBundle().getEntry("calendar/kz-" + year + ".json").openStream()) {
            CalendarYear data = CalendarFiles.read(in);
            store(Caller.system("calendar"), data, "shipped with LPS: calendar/kz-" + year + ".json");
        } catch (IOException e) {
            throw new IllegalStateException("shipped calendar " + year + " unreadable", e);
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        requireWindow("date", date);
        Year y = year(date.getYear());
        return CalendarRules.day(date, y.special(), y.provisional());
    }

    private Year year(int year) {
        Year loaded = years.get(year);
        if (loaded != null) {
            return loaded;
        }
        return years.computeIfAbsent(year, y -> new Year(CalendarRules.specialDays(new CalendarYear(y,
                standing.stream().map(h -> new CalendarYear.Holiday(h.date().withYear(y), h.name(), h.moveIfWeekend(),
                        h.basis())).toList(), List.of()), true), true));
    }

    @Override
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        requireOrder(from, to);
        List<CalendarDay> list = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            list.add(day(d));
        }
        return list;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireOrder(from, to);
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return CalendarRules.plusWorkingDays(start, n, this::isWorkingDay);
    }

    @Override
    public Instant deadline(Instant event, Norm norm) {
        return deadline(event, norm.value().longValueExact(), norm.unit());
    }

    /** The calendar answers for 1900-2100 only (and keeps at most that many years in memory). */
    private static void requireWindow(String field, LocalDate date) {
        if (date == null) {
            throw ValidationException.of(field, "required");
        }
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw ValidationException.of(field, "range", 1900, 2100);
        }
    }

    @Override
    public Instant deadline(Instant event, long amount, NormUnit unit) {
        if (event.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || event.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
            throw ValidationException.of("from", "range", 1900, 2100);
        }
        LocalDate day = event.atZone(zone).toLocalDate();
        return switch (unit) {
            case WORKING_DAYS -> endOf(plusWorkingDays(day, Math.toIntExact(amount)));
            case CALENDAR_DAYS -> endOf(day.plusDays(amount));
            case HOURS -> event.plus(Duration.ofHours(amount));
            case MINUTES -> event.plus(Duration.ofMinutes(amount));
            default -> throw new IllegalArgumentException("not a duration: " + unit);
        };
    }

    @Override
    public Instant endOf(LocalDate day) {
        return CalendarRules.endOf(day, zone);
    }

    @Override
    public LocalDate dayOfMonthAfter(ReportingPeriod period, int day) {
        LocalDate monthAfter = period.end().plusDays(1);
        return monthAfter.withDayOfMonth(Math.min(day, monthAfter.lengthOfMonth()));
    }

    @Override
    public Set<Integer> loadedYears() {
        Set<Integer> loaded = new TreeSet<>();
        years.forEach((y, data) -> {
            if (!data.provisional()) {
                loaded.add(y);
            }
        });
        return loaded;
    }

    @Override
    public void loadYear(Caller caller, CalendarYear data, String source) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.UPDATE, "calendar-year", data.year());
        if (!caller.scope().isAll()) {
            // the calendar is national: only an all-scope administrator changes it
            throw audit.denied(caller, AuditAction.UPDATE, "calendar-year", data.year(), null, "national data");
        }
        List<String> problems = CalendarRules.problems(data);
        if (!problems.isEmpty()) {
            throw ValidationException.of("year", "calendar.invalid", String.join("; ", problems));
        }
        store(caller, data, source == null || source.isBlank() ? "loaded by " + caller.username() : source);
        years.put(data.year(), new Year(CalendarRules.specialDays(data, false), false));
    }

    private void store(Caller caller, CalendarYear data, String source) {
        String text;
        try {
            text = files.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jpa.tx(TransactionType.Required, em -> {
            CalendarYearEntity e = em.find(CalendarYearEntity.class, data.year());
            boolean created = e == null;
            if (created) {
                e = new CalendarYearEntity();
                e.setYear(data.year());
            }
            e.setData(text);
            e.setSource(source.length() > 500 ? source.substring(0, 500) : source);
            e.setLoadedBy(caller.username());
            e.setLoadedAt(Instant.now());
            if (created) {
                em.persist(e);
            }
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, AuditOutcome.SUCCESS,
                    "calendar-year", data.year(), null, data.holidays().size() + " holidays, "
                            + data.transfers().size() + " transfers; " + source);
        });
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        requireWindow("from", from);
        requireWindow("to", to);
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "date.before", "from");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw ValidationException.of("to", "calendar.span", 5);
        }
    }
}
