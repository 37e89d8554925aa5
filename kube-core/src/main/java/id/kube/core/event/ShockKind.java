package id.kube.core.event;

/** Kinds of shocks that hit a group or its members. */
public enum ShockKind {
    DISASTER, ILLNESS, DEATH, CROP_FAILURE, PRICE, PANDEMIC, FIRE, OTHER
}
