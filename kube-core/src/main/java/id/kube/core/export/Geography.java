package id.kube.core.export;

/** How precisely an export locates a group: its village, or only its district (village coarsened away). */
public enum Geography {
    VILLAGE,
    DISTRICT
}
