package kz.police.lps.core.api.register;

/**
 * Filters for {@link RegisterService#search}; null means any.
 *
 * @param registerId           on this register
 * @param personId             of this person
 * @param status               in this status
 * @param departmentId         owned by this department or a node under it
 * @param responsibleOfficerId supervised by this officer
 * @param groundCode           placed on this ground
 */
public record RegistrationQuery(String registerId, Long personId, RegistrationStatus status, Long departmentId,
        Long responsibleOfficerId, String groundCode) {

    public static RegistrationQuery any() {
        return new RegistrationQuery(null, null, null, null, null, null);
    }

    public static RegistrationQuery ofPerson(long personId) {
        return new RegistrationQuery(null, personId, null, null, null, null);
    }
}
