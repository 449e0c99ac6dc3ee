package kz.police.lps.core.api.application;

/**
 * Who applied: a person of the registry, or someone (a person not registered, an organisation, a state body) named in
 * free text with a way to reach them. At least the person or the name is given.
 *
 * @param personId the applicant in the person registry, or null
 * @param name     the applicant's name as given (at most 300 characters), or null
 * @param contact  address, phone or e-mail to send the answer to (at most 300 characters), or null
 */
public record Applicant(Long personId, String name, String contact) {

    public static Applicant person(long personId) {
        return new Applicant(personId, null, null);
    }

    public static Applicant named(String name, String contact) {
        return new Applicant(null, name, contact);
    }
}
