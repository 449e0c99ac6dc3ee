package kz.police.lps.core.internal.task;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.task.TaskService;

/**
 * Runs {@link TaskService#sweep} on its own thread every {@code sweepPeriodSeconds} of
 * {@code etc/kz.police.lps.tasks.cfg}; a change of the configuration restarts it with the new period.
 */
@Component(configurationPid = "kz.police.lps.tasks")
public class TaskScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TaskScheduler.class);

    private final ScheduledExecutorService executor;

    @Activate
    public TaskScheduler(@Reference TaskService tasks, TaskConfig config) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lps-task-scheduler");
            t.setDaemon(true);
            return t;
        });
        if (config.enabled()) {
            int period = Math.max(10, config.sweepPeriodSeconds());
            executor.scheduleWithFixedDelay(() -> {
                try {
                    tasks.sweep(Instant.now());
                } catch (RuntimeException e) {
                    LOG.error("Task scheduler run failed", e);
                }
            }, Math.max(0, config.initialDelaySeconds()), period, TimeUnit.SECONDS);
            LOG.info("Task scheduler runs every {} s", period);
        } else {
            LOG.info("Task scheduler disabled (kz.police.lps.tasks enabled=false)");
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Task scheduler run still going after 30 s; leaving it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
