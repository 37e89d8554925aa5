package id.kube.core.health;

final class HealthConfigText {
    private HealthConfigText() {
    }

    static boolean roundTrips(HealthScoreConfig c) {
        HealthScoreConfig back = HealthScoreConfig.parse(c.toText());
        return back.stageGates().equals(c.stageGates()) && back.fingerprint().equals(c.fingerprint());
    }
}
