package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Map;

/**
 * One entry of {@code spec.strategies} of a legacy {@code operator.openshift.io/v1beta1}
 * KubeDescheduler (OpenShift 4.4–4.6; deprecated in 4.7 for profiles and removed with v1beta1):
 * a descheduler strategy by name with its {@code name}/{@code value} parameters.
 *
 * @param name     the strategy as written ({@code LowNodeUtilization}, or {@code lownodeutilization} in 2020 samples)
 * @param params   its parameters, in order
 * @param location its line
 * @param excerpt  that line
 */
public record KubeDeschedulerStrategy(String name, Map<String, String> params, Location location, String excerpt)
        implements Located {

    public KubeDeschedulerStrategy {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
}
