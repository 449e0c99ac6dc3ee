package kz.police.lps.unit.juvenile.internal.school;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "JUVENILE_SCHOOL")
public class SchoolEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "NAME", nullable = false)
    private String name;
    @Column(name = "ADDRESS")
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "SHIFT_MODE", nullable = false)
    private ShiftMode shiftMode;
    @Column(name = "STUDENT_COUNT", nullable = false)
    private int studentCount;
    @Column(name = "ADJACENT_PRECINCT_ID")
    private Long adjacentPrecinctId;
    @Column(name = "HEAD_NAME")
    private String headName;
    @Column(name = "HEAD_PHONE")
    private String headPhone;
    @Column(name = "VIDEO_SURVEILLANCE", nullable = false)
    private boolean videoSurveillance;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public ShiftMode getShiftMode() { return shiftMode; }
    public void setShiftMode(ShiftMode v) { shiftMode = v; }
    public int getStudentCount() { return studentCount; }
    public void setStudentCount(int v) { studentCount = v; }
    public Long getAdjacentPrecinctId() { return adjacentPrecinctId; }
    public void setAdjacentPrecinctId(Long v) { adjacentPrecinctId = v; }
    public String getHeadName() { return headName; }
    public void setHeadName(String v) { headName = v; }
    public String getHeadPhone() { return headPhone; }
    public void setHeadPhone(String v) { headPhone = v; }
    public boolean isVideoSurveillance() { return videoSurveillance; }
    public void setVideoSurveillance(boolean v) { videoSurveillance = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
