package kz.police.lps.core.api.org;

import java.util.List;
import java.util.Optional;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.security.Caller;

/** The organisation tree, precinct territories and address → precinct resolution. */
public interface OrgService {

    OrgUnit create(Caller caller, OrgUnit unit);

    OrgUnit get(Caller caller, long id);

    Optional<OrgUnit> findByCode(Caller caller, String code);

    /** Nodes in the caller's scope, optionally of one kind and/or under one parent. */
    Page<OrgUnit> list(Caller caller, OrgUnitKind kind, Long parentId, PageRequest page);

    /**
     * The nodes under {@code rootId} (the root included) of one kind and, when given, of one unit, path order: a
     * unit's precincts or police points in a body without paging through the whole country. 422 naming
     * {@code rootId} when there is no such node.
     */
    Page<OrgUnit> listUnder(Caller caller, long rootId, OrgUnitKind kind, String unitType, PageRequest page);

    OrgUnit update(Caller caller, long id, Long expectedVersion, OrgUnit data);

    /** The nodes from the region down to {@code id}, top first. */
    List<OrgUnit> ancestry(Caller caller, long id);

    /**
     * The precinct whose territory holds the address: a house range on the street beats the whole street, which beats
     * the whole settlement. Empty when no precinct covers it.
     */
    Optional<OrgUnit> resolvePrecinct(Caller caller, Address address);

    /** The materialised path of a node, without a scope check (for services deciding scope). */
    Optional<String> pathOf(long id);
}
