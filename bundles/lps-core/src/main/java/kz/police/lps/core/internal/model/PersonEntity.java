package kz.police.lps.core.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import kz.police.lps.core.api.person.Sex;

@Entity
@Table(name = "LPS_PERSON")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "IIN", nullable = false)
    private String iin;

    @Column(name = "SURNAME", nullable = false)
    private String surname;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "PATRONYMIC")
    private String patronymic;

    @Column(name = "FULL_NAME_KEY", nullable = false)
    private String fullNameKey;

    @Column(name = "GIVEN_NAME_KEY", nullable = false)
    private String givenNameKey;

    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false)
    private Sex sex;

    @Column(name = "CITIZENSHIP", nullable = false)
    private String citizenship;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "region", column = @Column(name = "REG_REGION")),
        @AttributeOverride(name = "district", column = @Column(name = "REG_DISTRICT")),
        @AttributeOverride(name = "settlement", column = @Column(name = "REG_SETTLEMENT")),
        @AttributeOverride(name = "street", column = @Column(name = "REG_STREET")),
        @AttributeOverride(name = "house", column = @Column(name = "REG_HOUSE")),
        @AttributeOverride(name = "apartment", column = @Column(name = "REG_APARTMENT"))})
    private AddressEmbeddable registeredAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "region", column = @Column(name = "ACT_REGION")),
        @AttributeOverride(name = "district", column = @Column(name = "ACT_DISTRICT")),
        @AttributeOverride(name = "settlement", column = @Column(name = "ACT_SETTLEMENT")),
        @AttributeOverride(name = "street", column = @Column(name = "ACT_STREET")),
        @AttributeOverride(name = "house", column = @Column(name = "ACT_HOUSE")),
        @AttributeOverride(name = "apartment", column = @Column(name = "ACT_APARTMENT"))})
    private AddressEmbeddable actualAddress;

    @Column(name = "PRECINCT_ID")
    private Long precinctId;

    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;

    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public String getIin() { return iin; }
    public void setIin(String iin) { this.iin = iin; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getFullNameKey() { return fullNameKey; }
    public void setFullNameKey(String fullNameKey) { this.fullNameKey = fullNameKey; }
    public String getGivenNameKey() { return givenNameKey; }
    public void setGivenNameKey(String givenNameKey) { this.givenNameKey = givenNameKey; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String citizenship) { this.citizenship = citizenship; }
    public AddressEmbeddable getRegisteredAddress() { return registeredAddress; }
    public void setRegisteredAddress(AddressEmbeddable registeredAddress) { this.registeredAddress = registeredAddress; }
    public AddressEmbeddable getActualAddress() { return actualAddress; }
    public void setActualAddress(AddressEmbeddable actualAddress) { this.actualAddress = actualAddress; }
    public Long getPrecinctId() { return precinctId; }
    public void setPrecinctId(Long precinctId) { this.precinctId = precinctId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String departmentPath) { this.departmentPath = departmentPath; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
