package kz.police.lps.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.model.UserEntity;

/**
 * The logins of the {@code lps} realm. A successful check is remembered for a minute (keyed by a SHA-256 of user
 * and password), so a client sending Basic credentials with every request does not pay the PBKDF2 cost each time.
 */
@Component(service = UserAccounts.class)
public class UserAccounts {

    private static final long REMEMBER_MILLIS = 60_000;

    private final JpaTemplate jpa;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();
    /** A hash to verify against for unknown logins, so timing does not tell which logins exist. */
    private final String decoy = hasher.hash("decoy".toCharArray());
    private volatile boolean demoLoginsAllowed;

    @Activate
    public UserAccounts(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    /** The user's roles when the password is right and the login enabled; empty otherwise. */
    public Optional<Set<String>> authenticate(String username, char[] password) {
        UserEntity user = jpa.txExpr(TransactionType.Supports, em -> em.find(UserEntity.class, username));
        if (user == null || !user.isEnabled() || (user.isDemo() && !demoLoginsAllowed)) {
            hasher.verify(password, decoy);
            return Optional.empty();
        }
        String key = fingerprint(username, password, user.getPasswordHash());
        Long until = recentlyVerified.get(key);
        long now = System.currentTimeMillis();
        if (until == null || until < now) {
            if (!hasher.verify(password, user.getPasswordHash())) {
                return Optional.empty();
            }
            if (recentlyVerified.size() > 10_000) {
                recentlyVerified.clear();
            }
            recentlyVerified.put(key, now + REMEMBER_MILLIS);
        }
        return Optional.of(Set.copyOf(user.getRoles()));
    }

    /** Demo mode turns the demo logins on; without it (or with {@code enabled=false}) they are refused. */
    public void allowDemoLogins(boolean allowed) {
        demoLoginsAllowed = allowed;
        recentlyVerified.clear();
    }

    /** Creates the login unless it exists; adds any missing roles to an existing one. Returns true if created. */
    public boolean ensure(String username, String password, Set<String> roles, boolean demo) {
        return jpa.txExpr(TransactionType.Required, em -> {
            UserEntity user = em.find(UserEntity.class, username);
            if (user != null) {
                user.getRoles().addAll(roles);
                return false;
            }
            user = new UserEntity();
            user.setUsername(username);
            user.setPasswordHash(hasher.hash(password.toCharArray()));
            user.setEnabled(true);
            user.setDemo(demo);
            user.setCreatedAt(Instant.now());
            user.getRoles().addAll(new HashSet<>(roles));
            em.persist(user);
            return true;
        });
    }

    private static String fingerprint(String username, char[] password, String storedHash) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(new String(password).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
