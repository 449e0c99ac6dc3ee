package kz.police.lps.unit.district.internal.precinct;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Two precincts that border each other, stored once per pair with the lower node id first, so adjacency is
 * symmetric by construction. Its inspector may serve the other precinct while that one's is away (L369-374).
 */
@Entity
@Table(name = "DISTRICT_PRECINCT_ADJACENT")
public class PrecinctAdjacencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "PRECINCT_LOW", nullable = false)
    private Long low;
    @Column(name = "PRECINCT_HIGH", nullable = false)
    private Long high;

    public PrecinctAdjacencyEntity() {
    }

    public PrecinctAdjacencyEntity(long a, long b) {
        this.low = Math.min(a, b);
        this.high = Math.max(a, b);
    }

    public Long getId() {
        return id;
    }

    public Long getLow() {
        return low;
    }

    public Long getHigh() {
        return high;
    }

    /** The other precinct of the pair. */
    public long other(long precinctId) {
        return low == precinctId ? high : low;
    }
}
