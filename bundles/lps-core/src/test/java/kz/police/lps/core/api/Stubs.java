package kz.police.lps.core.api;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;

/** Platform services for unit tests: an interface whose named methods answer, the others throw. */
public final class Stubs {

    private Stubs() {
    }

    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(Stubs.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answer.apply(args);
                }));
    }

    public static Norm norm(String key, int value, NormUnit unit) {
        return new Norm(key, "sample", null, BigDecimal.valueOf(value), null, unit, NormLimit.AT_LEAST,
                NormBinding.CONFIGURABLE, BigDecimal.valueOf(value), null, null, false);
    }
}
