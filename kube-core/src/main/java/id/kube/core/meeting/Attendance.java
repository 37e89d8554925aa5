package id.kube.core.meeting;

/** How a member attended a meeting. */
public enum Attendance {
    PRESENT("Hadir"),
    EXCUSED("Izin"),
    ABSENT("Tidak hadir");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
