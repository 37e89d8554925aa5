package id.kube.core.indicator;

import javax.sql.DataSource;

/**
 * How a command line finds the books without depending on them: a module that keeps the books (kube-ledger)
 * registers one factory in {@code META-INF/services/id.kube.core.indicator.BooksFiguresFactory}; with none on
 * the class path, {@link #discover} gives {@link BooksFigures#unavailable()} and every books indicator stays
 * missing (never zero).
 */
public interface BooksFiguresFactory {

    BooksFigures open(DataSource dataSource);

    /** The factory registered on the class path, if any. */
    static java.util.Optional<BooksFiguresFactory> find() {
        return java.util.ServiceLoader.load(BooksFiguresFactory.class).findFirst();
    }

    static BooksFigures discover(DataSource dataSource) {
        return find().map(f -> f.open(dataSource)).orElseGet(BooksFigures::unavailable);
    }
}
