package id.kube.ledger.iks;

/** The social purposes the IKS fund may be spent on, with the words the treasurer sees. */
public enum IksPurpose {
    ILLNESS("Sakit"), DISASTER("Bencana"), DEATH("Kematian/duka"), COMMUNITY_NEED("Kebutuhan sosial masyarakat"), EDUCATION("Pendidikan");

    private final String label;

    IksPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
