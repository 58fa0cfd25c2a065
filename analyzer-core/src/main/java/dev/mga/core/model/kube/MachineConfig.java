package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * An OpenShift {@code MachineConfig}: here its kernel arguments, which the Machine Config Operator adds to the
 * command line of every node of the role it is labelled with (after a reboot).
 *
 * @param name            metadata.name ({@code 99-master-kargs-slub})
 * @param role            the {@code machineconfiguration.openshift.io/role} label, or ""
 * @param kernelArguments {@code spec.kernelArguments}, each a whole {@code key=value} (quotes of the YAML removed)
 * @param argumentLines   the line of each argument
 * @param location        the name's line
 * @param excerpt         that line
 */
public record MachineConfig(String name, String role, List<String> kernelArguments, List<ResourceLine> argumentLines,
                            Location location, String excerpt) implements Located {

    public MachineConfig {
        kernelArguments = List.copyOf(kernelArguments);
        argumentLines = List.copyOf(argumentLines);
    }
}
