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
        String purpose = decodePurpose(RequestHeaders.first(message, PURPOSE_HEADER));
        return callers.caller(sc.getUserPrincipal().getName(), roles, address, purpose);
    }

    /**
     * HTTP header values travel as ISO-8859-1: a client may percent-encode UTF-8 ({@code %D2%9B...}) or send raw
     * UTF-8 bytes; both are read back as the Cyrillic text meant. At most 255 characters are kept.
     */
    static String decodePurpose(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String text = header.trim();
        if (text.matches(".*%[0-9A-Fa-f]{2}.*")) {
            try {
                text = java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not percent-encoding after all: keep as sent
            }
        } else if (text.chars().anyMatch(c -> c > 0x7f && c <= 0xff)) {
            byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                text = utf8.decode(java.nio.ByteBuffer.wrap(raw)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                // really Latin-1: keep as sent
            }
        }
        text = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
