package kz.police.lps.core.internal.application;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The last registration serial used by a department in a year; read under a write lock when numbering. */
@Entity
@Table(name = "LPS_APPLICATION_COUNTER")
@IdClass(ApplicationCounterEntity.Key.class)
public class ApplicationCounterEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long departmentId;
        private Integer counterYear;

        public Key() {
        }

        public Key(Long departmentId, Integer counterYear) {
            this.departmentId = departmentId;
            this.counterYear = counterYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(departmentId, k.departmentId)
                    && Objects.equals(counterYear, k.counterYear);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentId, counterYear);
        }
    }

    @Id
    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;

    @Id
    @Column(name = "COUNTER_YEAR")
    private Integer counterYear;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    public ApplicationCounterEntity() {
    }

    public ApplicationCounterEntity(long departmentId, int counterYear) {
        this.departmentId = departmentId;
        this.counterYear = counterYear;
    }

    public Long getDepartmentId() { return departmentId; }
    public Integer getCounterYear() { return counterYear; }
    public long getLastNumber() { return lastNumber; }
    public void setLastNumber(long lastNumber) { this.lastNumber = lastNumber; }
}
