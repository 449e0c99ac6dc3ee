package kz.police.lps.core.internal.numbering;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The last number given in a series, department and year. */
@Entity
@Table(name = "LPS_SERIAL_COUNTER")
@IdClass(SerialCounterEntity.Key.class)
public class SerialCounterEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String series;
        private Long departmentId;
        private Integer counterYear;

        public Key() {
        }

        public Key(String series, Long departmentId, Integer counterYear) {
            this.series = series;
            this.departmentId = departmentId;
            this.counterYear = counterYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(series, k.series) && Objects.equals(departmentId, k.departmentId)
                    && Objects.equals(counterYear, k.counterYear);
        }

        @Override
        public int hashCode() {
            return Objects.hash(series, departmentId, counterYear);
        }
    }

    @Id
    @Column(name = "SERIES")
    private String series;

    @Id
    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;

    @Id
    @Column(name = "COUNTER_YEAR")
    private Integer counterYear;

    @Column(name = "LAST_NUMBER", nullable = false)
    private long lastNumber;

    public SerialCounterEntity() {
    }

    public SerialCounterEntity(Key key) {
        this.series = key.series;
        this.departmentId = key.departmentId;
        this.counterYear = key.counterYear;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    public void setLastNumber(long lastNumber) {
        this.lastNumber = lastNumber;
    }
}
