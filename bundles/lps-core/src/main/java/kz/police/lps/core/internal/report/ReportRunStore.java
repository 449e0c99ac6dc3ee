package kz.police.lps.core.internal.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.model.OrgUnitEntity;

/**
 * The stored runs ({@code LPS_REPORT_RUN}). Every change of state is a conditional update naming the states it may
 * leave, so the worker, a cancel and the restart sweep never undo each other.
 */
final class ReportRunStore {

    static final Map<String, String> SORT = Map.of("requestedAt", "requestedAt", "reportId", "reportId",
            "state", "state");
    private static final int ERROR_MAX = 1000;

    private final JpaTemplate jpa;

    ReportRunStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    Optional<ReportRunEntity> find(String id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(ReportRunEntity.class, id)));
    }

    /** The department's name, or null when there is no such node. */
    LocalizedText departmentName(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrgUnitEntity e = em.find(OrgUnitEntity.class, id);
            return e == null ? null : new LocalizedText(e.getNameKk(), e.getNameRu(), e.getNameEn());
        });
    }

    /**
     * Runs the caller may see ({@link ReportAccess#maySee}), newest first: a head sees the runs in their scope only of
     * the reports they may run themselves ({@code runnable}: the ids of the installed reports whose roles they hold).
     */
    Page<ReportRun> page(Caller caller, String reportId, Set<String> runnable, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<ReportRunEntity> q = new JpqlQuery<>(ReportRunEntity.class, SORT).eq("reportId", reportId);
            if (!caller.isAdmin()) {
                if (caller.isHead() && !caller.scope().isNone() && !runnable.isEmpty()) {
                    q.where("(e.requestedBy = :me OR (e.scopePath LIKE :scope AND e.reportId IN :runnable))",
                            Map.of("me", caller.username(), "scope", caller.scope().pathPrefix() + "%", "runnable",
                                    List.copyOf(runnable)));
                } else {
                    q.eq("requestedBy", caller.username());
                }
            }
            return q.page(em, page, "requestedAt DESC", ReportRunStore::toRun);
        });
    }

    /** QUEUED → RUNNING; false when the run is no longer queued (cancelled meanwhile). */
    boolean start(String id, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("UPDATE ReportRunEntity r SET r.state = :s, "
                + "r.startedAt = :now WHERE r.id = :id AND r.state = :from AND r.cancelRequested = :no")
                .setParameter("no", Boolean.FALSE).setParameter("s", ReportRunState.RUNNING).setParameter("now", now)
                .setParameter("id", id)
                .setParameter("from", ReportRunState.QUEUED).executeUpdate() == 1);
    }

    void progress(String id, int done, int total) {
        jpa.tx(TransactionType.Required, em -> em.createQuery("UPDATE ReportRunEntity r SET r.progressDone = :d, "
                + "r.progressTotal = :t WHERE r.id = :id AND r.state = :s").setParameter("d", done)
                .setParameter("t", total).setParameter("id", id).setParameter("s", ReportRunState.RUNNING)
                .executeUpdate());
    }

    boolean cancelRequested(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Boolean> flags = em.createQuery("SELECT r.cancelRequested FROM ReportRunEntity r WHERE r.id = :id",
                    Boolean.class).setParameter("id", id).getResultList();
            return !flags.isEmpty() && Boolean.TRUE.equals(flags.get(0));
        });
    }

    /**
     * Ends a run: the state, and for DONE the result; only from a state that may move there. Returns whether it
     * moved.
     */
    boolean finish(String id, ReportRunState state, String error, String result, Integer rows, int done,
            Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ReportRunEntity e = em.find(ReportRunEntity.class, id);
            if (e == null || !e.getState().canMoveTo(state)) {
                return false;
            }
            e.setState(state);
            e.setFinishedAt(now);
            e.setError(truncate(error));
            if (state == ReportRunState.DONE) {
                ReportResultEntity r = new ReportResultEntity();
                r.setRunId(id);
                r.setResult(result);
                em.persist(r);
                e.setRowCount(rows);
                e.setProgressDone(Math.max(done, e.getProgressTotal()));
            } else {
                e.setProgressDone(done);
            }
            return true;
        });
    }

    /** Asks for a cancel: a queued run is cancelled at once, a running one flagged for its worker. */
    void requestCancel(String id, Instant now) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("UPDATE ReportRunEntity r SET r.cancelRequested = :yes WHERE r.id = :id AND r.state IN :s")
                    .setParameter("yes", Boolean.TRUE).setParameter("id", id)
                    .setParameter("s", List.of(ReportRunState.QUEUED, ReportRunState.RUNNING))
                    .executeUpdate();
            em.createQuery("UPDATE ReportRunEntity r SET r.state = :c, r.finishedAt = :now WHERE r.id = :id "
                    + "AND r.state = :q").setParameter("c", ReportRunState.CANCELLED).setParameter("now", now)
                    .setParameter("id", id).setParameter("q", ReportRunState.QUEUED).executeUpdate();
        });
    }

    /** Fails this node's queued and running runs: left over from before a restart (or a shutdown under way). */
    int failUnfinished(String node, String why, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("UPDATE ReportRunEntity r SET r.state = :f, "
                + "r.finishedAt = :now, r.error = :why WHERE r.node = :node AND r.state IN :s")
                .setParameter("f", ReportRunState.FAILED).setParameter("now", now).setParameter("why", why)
                .setParameter("node", node)
                .setParameter("s", List.of(ReportRunState.QUEUED, ReportRunState.RUNNING)).executeUpdate());
    }

    /** The stored result JSON of a run, if any. */
    Optional<String> result(String id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> {
            ReportResultEntity r = em.find(ReportResultEntity.class, id);
            return r == null ? null : r.getResult();
        }));
    }

    /** Deletes finished runs requested before the instant, with their results. */
    int purge(Instant before) {
        List<ReportRunState> finished = List.of(ReportRunState.DONE, ReportRunState.FAILED,
                ReportRunState.CANCELLED);
        return jpa.txExpr(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM ReportResultEntity x WHERE x.runId IN (SELECT r.id FROM ReportRunEntity r "
                    + "WHERE r.requestedAt < :before AND r.state IN :s)").setParameter("before", before)
                    .setParameter("s", finished).executeUpdate();
            return em.createQuery("DELETE FROM ReportRunEntity r WHERE r.requestedAt < :before AND r.state IN :s")
                    .setParameter("before", before).setParameter("s", finished).executeUpdate();
        });
    }

    static void insert(EntityManager em, ReportRunEntity e) {
        em.persist(e);
        em.flush();
    }

    static ReportRun toRun(ReportRunEntity e) {
        return new ReportRun(e.getId(), e.getReportId(), e.getUnitId(), ReportTableCodec.readText(e.getTitle()),
                e.getPeriod(), e.getDepartmentId(), ReportTableCodec.readText(e.getDepartmentName()), e.getState(),
                e.getProgressDone(), e.getProgressTotal(), e.getRowCount(), e.getRequestedBy(), e.getRequestedAt(),
                e.getStartedAt(), e.getFinishedAt(), e.getError());
    }

    static String truncate(String s) {
        return s == null || s.length() <= ERROR_MAX ? s : s.substring(0, ERROR_MAX);
    }
}
