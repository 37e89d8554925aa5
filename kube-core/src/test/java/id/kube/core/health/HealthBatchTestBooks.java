package id.kube.core.health;

import id.kube.core.indicator.BooksFigures;

/** The books of a sound group, shared by the batch test and the batch benchmark. */
final class HealthBatchTestBooks {
    static final BooksFigures SOUND = HealthBatchTest.SOUND_BOOKS;

    private HealthBatchTestBooks() {
    }
}
