package dev.mga.core.descheduler;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.descheduler.KubeDescheduler;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code descheduler.kubedescheduler}: every KubeDescheduler resource of the input. */
public final class DeschedulerSubjects implements FactSubject {

    @Override
    public String name() {
        return "descheduler.kubedescheduler";
    }

    @Override
    public String description() {
        return "one KubeDescheduler resource (KubeDescheduler): mode, profiles with their lines (or the strategies of v1beta1), customizations";
    }

    @Override
    public Class<?> type() {
        return KubeDescheduler.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        return model.all(KubeDescheduler.class);
    }
}
