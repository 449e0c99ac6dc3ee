package kz.police.lps.core.internal.model;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import kz.police.lps.core.api.person.Address;

@Embeddable
public class AddressEmbeddable {

    @Column(name = "REGION")
    private String region;
    @Column(name = "DISTRICT")
    private String district;
    @Column(name = "SETTLEMENT")
    private String settlement;
    @Column(name = "STREET")
    private String street;
    @Column(name = "HOUSE")
    private String house;
    @Column(name = "APARTMENT")
    private String apartment;

    /**
     * The embedded value for an address: null for no address (JPA reads an all-null embeddable back as null, so an
     * empty object would look changed at every flush and bump the version), else {@code current} updated in place.
     */
    public static AddressEmbeddable update(AddressEmbeddable current, Address a) {
        if (a == null) {
            return null;
        }
        AddressEmbeddable e = current == null ? new AddressEmbeddable() : current;
        e.region = a.region();
        e.district = a.district();
        e.settlement = a.settlement();
        e.street = a.street();
        e.house = a.house();
        e.apartment = a.apartment();
        return e;
    }

    /** The address of an embedded value that may be null (JPA reads an all-null embeddable as null). */
    public static Address toAddress(AddressEmbeddable e) {
        return e == null ? null : e.toAddress();
    }

    /** The address, or null when every part is empty. */
    public Address toAddress() {
        if (region == null && district == null && settlement == null && street == null && house == null
                && apartment == null) {
            return null;
        }
        return new Address(region, district, settlement, street, house, apartment);
    }
}
