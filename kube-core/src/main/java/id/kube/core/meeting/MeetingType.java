package id.kube.core.meeting;

/** Kinds of group meetings. */
public enum MeetingType {
    ROUTINE("Pertemuan rutin"),
    ANNUAL_MEMBERS("Rapat anggota tahunan"),
    EXTRAORDINARY("Rapat luar biasa"),
    TRAINING("Pelatihan / bimbingan"),
    OTHER("Lainnya");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
