package kz.police.lps.core.internal.rest;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;

import org.apache.cxf.jaxrs.ext.ContextProvider;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

import kz.police.lps.core.api.error.AccessDeniedException;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;

/**
 * Supplies {@code @Context Caller} to resource methods: the JAAS subject the authentication filter established, the
 * client address, and the purpose given in the {@value #PURPOSE_HEADER} header.
 */
public class CallerProvider implements ContextProvider<Caller> {

    public static final String PURPOSE_HEADER = "X-LPS-Purpose";

    private final CallerFactory callers;

    public CallerProvider(CallerFactory callers) {
        this.callers = callers;
    }

    @Override
    public Caller createContext(Message message) {
        SecurityContext sc = message.get(SecurityContext.class);
        if (!(sc instanceof LoginSecurityContext login) || login.getSubject() == null) {
            throw new AccessDeniedException("unauthenticated");
        }
        Subject subject = login.getSubject();
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        String purpose = RequestHeaders.first(message, PURPOSE_HEADER);
        if (purpose != null && purpose.length() > 255) {
            purpose = purpose.substring(0, 255);
        }
        return callers.caller(sc.getUserPrincipal().getName(), roles, address, purpose);
    }
}
