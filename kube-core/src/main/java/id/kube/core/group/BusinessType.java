package id.kube.core.group;

/** Kinds of business a KUBE runs. */
public enum BusinessType {
    TRADE("Perdagangan / warung"),
    FOOD_PROCESSING("Pengolahan makanan"),
    CRAFTS("Kerajinan"),
    LIVESTOCK("Peternakan"),
    FARMING_FISHERY("Pertanian / perikanan"),
    TAILORING("Menjahit"),
    SERVICES("Jasa"),
    E_WARONG("e-Warong"),
    OTHER("Lainnya");

    private final String label;

    BusinessType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
