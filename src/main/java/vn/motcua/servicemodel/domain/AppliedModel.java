package vn.motcua.servicemodel.domain;

import java.util.Objects;

/** A service model that applied to one dossier, as the dossier keeps it. */
public record AppliedModel(long modelId, ServiceModelKind kind, String name) {

    public AppliedModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static AppliedModel of(ServiceModel model) {
        return new AppliedModel(model.id(), model.kind(), model.publicName());
    }
}
