package kz.police.lps.core.internal.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;

/**
 * The planned checks of persons on the registers, as a recurring task source: for every installed placement ground
 * with a periodicity norm, the active registrations on it without a check in the current period get a task
 * ({@link RegisterChecks}). The registrations are read lazily, a page of id, register, department, officer and last
 * check day at a time, so a hundred thousand of them never sit in memory at once.
 */
@Component(service = TaskSource.class)
public class RegisterCheckSource implements TaskSource {

    static final String ID = "core.register-checks";
    static final int PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RegisterCheckSource.class);

    private final RegisterStore registers;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public RegisterCheckSource(@Reference RegisterStore registers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        this.registers = registers;
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return RegisterAlertSource.CORE;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        ZoneId zone = calendar.zone();
        return registers.catalog().checkedGrounds().stream().flatMap(g -> tasksOf(g, today, zone));
    }

    private Stream<NewTask> tasksOf(RegisterGround ground, LocalDate today, ZoneId zone) {
        Optional<RegisterDefinition> register = registers.catalog().register(ground.registerId());
        Optional<Norm> norm = norms.norm(ground.checkNorm());
        if (register.isEmpty() || norm.isEmpty() || Periodicity.kindOf(norm.get().unit()).isEmpty()) {
            LOG.warn("Ground {}: check norm {} is not an installed periodicity norm; no planned checks",
                    ground.code(), ground.checkNorm());
            return Stream.empty();
        }
        // the period kind is the act's (a region overrides only the value): one filter for all departments
        ReportingPeriod period = RegisterChecks.period(norm.get(), today);
        Iterator<RegisterChecks.Candidate> candidates = new Pages(ground.code(), period.start());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(candidates, Spliterator.ORDERED), false)
                .flatMap(c -> RegisterChecks.task(c, register.get(),
                        norms.effective(ground.checkNorm(), c.departmentId()), today, zone).stream());
    }

    /** The candidates of one ground, a page at a time by ascending id. */
    private final class Pages implements Iterator<RegisterChecks.Candidate> {

        private final String groundCode;
        private final LocalDate periodStart;
        private Iterator<RegisterChecks.Candidate> page = List.<RegisterChecks.Candidate>of().iterator();
        private long lastId = 0;
        private boolean exhausted;

        Pages(String groundCode, LocalDate periodStart) {
            this.groundCode = groundCode;
            this.periodStart = periodStart;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !exhausted) {
                List<RegisterChecks.Candidate> rows = registers.candidates(groundCode, periodStart, lastId, PAGE);
                exhausted = rows.size() < PAGE;
                if (!rows.isEmpty()) {
                    lastId = rows.get(rows.size() - 1).registrationId();
                }
                page = rows.iterator();
            }
            return page.hasNext();
        }

        @Override
        public RegisterChecks.Candidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
