/**
 * mga's analyzer: reads captures (must-gather and sosreport archives, directories, loose files),
 * recognises and parses what it knows into a typed model, runs the rule pack and returns a
 * report.
 *
 * <p>The API is {@link dev.mga.core.Analyzer} and the other types of {@code dev.mga.core};
 * artifact families, parsers and Java rules plug in through {@code dev.mga.core.spi}; the model
 * and result values are {@code dev.mga.core.model} and its family packages. Every other package
 * is internal.
 *
 * <p>A Java rule named in a rule file ({@code implementation: com.example.MyRule}) is created by
 * reflection: from another module, its package must be exported (or opened) to {@code dev.mga.core}.
 */
module dev.mga.core {
    requires dev.mga.cel;
    requires dev.mga.grammars;
    requires dev.mga.rules;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.antlr.antlr4.runtime;
    requires org.apache.commons.compress;
    requires org.yaml.snakeyaml;
    requires dev.mga.univocity;
    // commons-compress reads these only when something else requires them (requires static)
    requires org.tukaani.xz;
    requires com.github.luben.zstd_jni;

    exports dev.mga.core;
    exports dev.mga.core.spi;
    exports dev.mga.core.model;
    exports dev.mga.core.model.capture;
    exports dev.mga.core.model.cgroup;
    exports dev.mga.core.model.descheduler;
    exports dev.mga.core.model.etcd;
    exports dev.mga.core.model.kernel;
    exports dev.mga.core.model.klog;
    exports dev.mga.core.model.kube;
    exports dev.mga.core.model.memory;
    exports dev.mga.core.model.metrics;
    exports dev.mga.core.model.slab;
    exports dev.mga.core.model.vm;

    uses dev.mga.core.spi.ArtifactFamily;
    // detection's samples see through line envelopes (journald, CRI, docker json-file, ...): the
    // envelope layer is the Unwrapper service (META-INF/services/dev.mga.core.spi.ContentSample$Unwrapper)
    uses dev.mga.core.spi.ContentSample.Unwrapper;
    provides dev.mga.core.spi.ContentSample.Unwrapper with dev.mga.core.parse.Samples;

    // the same list as META-INF/services/dev.mga.core.spi.ArtifactFamily (ModuleDescriptorTest)
    provides dev.mga.core.spi.ArtifactFamily with
            dev.mga.core.capture.CaptureFamily,
            dev.mga.core.cgroup.CgroupFamily,
            dev.mga.core.descheduler.DeschedulerFamily,
            dev.mga.core.etcd.EtcdFamily,
            dev.mga.core.kernel.KernelFamily,
            dev.mga.core.klog.KlogFamily,
            dev.mga.core.kube.KubeFamily,
            dev.mga.core.memory.MemoryFamily,
            dev.mga.core.metrics.MetricsFamily,
            dev.mga.core.slab.SlabFamily,
            dev.mga.core.vm.VmFamily;
}
