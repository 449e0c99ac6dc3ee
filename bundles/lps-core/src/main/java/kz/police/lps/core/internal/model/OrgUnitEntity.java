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
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;

@Entity
@Table(name = "LPS_ORG_UNIT")
@SequenceGenerator(name = "lpsCoreSeq", sequenceName = "LPS_CORE_SEQ", allocationSize = 50)
public class OrgUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private OrgUnitKind kind;

    @Column(name = "CODE", nullable = false)
    private String code;

    @Column(name = "NAME_KK", nullable = false)
    private String nameKk;

    @Column(name = "NAME_RU")
    private String nameRu;

    @Column(name = "NAME_EN")
    private String nameEn;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "UNIT_TYPE")
    private String unitType;

    @Column(name = "PATH", nullable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(name = "SETTLEMENT_TYPE")
    private SettlementType settlementType;

    @Column(name = "RESIDENT_COUNT")
    private Integer residentCount;

    @OneToMany(mappedBy = "precinct", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TerritoryEntity> territory = new ArrayList<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public OrgUnitKind getKind() { return kind; }
    public void setKind(OrgUnitKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getUnitType() { return unitType; }
    public void setUnitType(String unitType) { this.unitType = unitType; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public SettlementType getSettlementType() { return settlementType; }
    public void setSettlementType(SettlementType settlementType) { this.settlementType = settlementType; }
    public Integer getResidentCount() { return residentCount; }
    public void setResidentCount(Integer residentCount) { this.residentCount = residentCount; }
    public List<TerritoryEntity> getTerritory() { return territory; }
    public long getVersion() { return version; }
}
