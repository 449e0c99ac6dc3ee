package kz.police.lps.unit.juvenile.internal.demo;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A demo part loaded into this database: it is never loaded twice. */
@Entity
@Table(name = "JUVENILE_DEMO_PART")
public class DemoPartEntity {

    @Id
    @Column(name = "NAME")
    private String name;
    @Column(name = "LOADED_AT", nullable = false)
    private Instant loadedAt;

    protected DemoPartEntity() {
    }

    public DemoPartEntity(String name, Instant loadedAt) {
        this.name = name;
        this.loadedAt = loadedAt;
    }

    public String getName() {
        return name;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
