package id.kube.core.activity;

/** Running, paused for a while, or stopped for good (with the day it stopped). */
public enum ActivityStatus {
    RUNNING("Berjalan"),
    PAUSED("Berhenti sementara"),
    STOPPED("Berhenti");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
