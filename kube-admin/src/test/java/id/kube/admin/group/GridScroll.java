package id.kube.admin.group;

/** Drives the groups grid's data path ({@link KeysetPages}, as the grid's fetch callback does) for the benchmark. */
public final class GridScroll {

    private GridScroll() {
    }

    /** Fetches {@code pages} consecutive pages from the top, as scrolling down the grid does; returns the rows. */
    public static long scroll(GroupDirectory directory, int pages, int pageSize) {
        KeysetPages keyset = new KeysetPages(directory);
        long rows = 0;
        for (int page = 0; page < pages; page++) {
            rows += keyset.fetch(page * pageSize, pageSize).count();
        }
        return rows;
    }
}
