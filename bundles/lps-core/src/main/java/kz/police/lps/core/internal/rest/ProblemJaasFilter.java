package kz.police.lps.core.internal.rest;

import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.message.Message;

/** CXF's JAAS Basic authentication, answering a failed or missing login with a 401 problem. */
public class ProblemJaasFilter extends JAASAuthenticationFilter {

    public ProblemJaasFilter(String realm) {
        setContextName(realm);
        setRealmName("LPS");
        setRoleClassifier("RolePrincipal");
        setRoleClassifierType("classname");
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        String language = Languages.pick(RequestHeaders.first(m, HttpHeaders.ACCEPT_LANGUAGE)).getLanguage();
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        return Response.fromResponse(ProblemMapper.respond(locale, 401, "unauthorized",
                Messages.get(locale, "title.unauthorized", List.of()), List.of(), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LPS\", charset=\"UTF-8\"").build();
    }
}
