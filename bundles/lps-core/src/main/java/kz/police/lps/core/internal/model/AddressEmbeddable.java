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

    public static AddressEmbeddable of(Address a) {
        AddressEmbeddable e = new AddressEmbeddable();
        if (a != null) {
            e.region = a.region();
            e.district = a.district();
            e.settlement = a.settlement();
            e.street = a.street();
            e.house = a.house();
            e.apartment = a.apartment();
        }
        return e;
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
