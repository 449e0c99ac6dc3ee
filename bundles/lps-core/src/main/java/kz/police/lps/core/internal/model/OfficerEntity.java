package kz.police.lps.core.internal.model;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import kz.police.lps.core.api.org.OfficerStatus;

@Entity
@Table(name = "LPS_OFFICER")
public class OfficerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "PERSONNEL_NUMBER", nullable = false)
    private String personnelNumber;

    @Column(name = "SURNAME", nullable = false)
    private String surname;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "PATRONYMIC")
    private String patronymic;

    @Column(name = "RANK_TITLE")
    private String rank;

    @Column(name = "POSITION_TITLE")
    private String position;

    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;

    @Column(name = "UNIT_TYPE")
    private String unitType;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private OfficerStatus status;

    @Column(name = "LOGIN")
    private String login;

    @OneToMany(mappedBy = "officer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dateFrom")
    private List<AbsenceEntity> absences = new ArrayList<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public String getPersonnelNumber() { return personnelNumber; }
    public void setPersonnelNumber(String personnelNumber) { this.personnelNumber = personnelNumber; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getUnitType() { return unitType; }
    public void setUnitType(String unitType) { this.unitType = unitType; }
    public OfficerStatus getStatus() { return status; }
    public void setStatus(OfficerStatus status) { this.status = status; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public List<AbsenceEntity> getAbsences() { return absences; }
    public long getVersion() { return version; }
}
