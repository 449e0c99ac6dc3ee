package kz.police.lps.unit.district.internal.presentation;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The last presentation serial a department used in a year; read under a write lock when numbering. */
@Entity
@Table(name = "DISTRICT_PRESENTATION_COUNTER")
@IdClass(PresentationCounterEntity.Key.class)
public class PresentationCounterEntity {

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

    @Column(name = "LAST_SERIAL", nullable = false)
    private long lastSerial;

    public PresentationCounterEntity() {
    }

    public PresentationCounterEntity(long departmentId, int counterYear) {
        this.departmentId = departmentId;
        this.counterYear = counterYear;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Integer getCounterYear() {
        return counterYear;
    }

    public long getLastSerial() {
        return lastSerial;
    }

    public void setLastSerial(long lastSerial) {
        this.lastSerial = lastSerial;
    }
}
