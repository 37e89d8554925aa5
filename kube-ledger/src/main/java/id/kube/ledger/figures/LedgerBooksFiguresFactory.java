package id.kube.ledger.figures;

import javax.sql.DataSource;

import id.kube.core.indicator.BooksFigures;
import id.kube.core.indicator.BooksFiguresFactory;

/** Lets kube-core's command lines (health batch) find the ledger's books through {@link java.util.ServiceLoader}. */
public final class LedgerBooksFiguresFactory implements BooksFiguresFactory {

    @Override
    public BooksFigures open(DataSource dataSource) {
        return new LedgerBooksFigures(dataSource);
    }
}
