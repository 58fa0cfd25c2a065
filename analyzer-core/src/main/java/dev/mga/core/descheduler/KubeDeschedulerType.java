package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.KubeDescheduler;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** The {@code KubeDescheduler} resource of the Kube Descheduler Operator, as must-gather or {@code oc get -o yaml} saves it. */
public final class KubeDeschedulerType implements ArtifactType {

    private final KubeDeschedulerParser parser = new KubeDeschedulerParser();

    @Override
    public String id() {
        return "descheduler.kubedescheduler";
    }

    @Override
    public String family() {
        return "descheduler";
    }

    @Override
    public String description() {
        return "KubeDescheduler resource (operator.openshift.io/v1): mode, interval, profiles, customizations";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/operator.openshift.io/kubedeschedulers/*.{yaml,yml,json}",
                "**/operator.openshift.io/kubedeschedulers.{yaml,yml,json}");
    }

    /** A YAML or JSON document that declares kind KubeDescheduler of operator.openshift.io. */
    @Override
    public boolean sniff(ContentSample sample) {
        String t = sample.text();
        return t.contains("operator.openshift.io/")
                && (t.contains("kind: KubeDescheduler") || t.contains("\"kind\": \"KubeDescheduler\"")
                || t.contains("\"kind\":\"KubeDescheduler\""));
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
