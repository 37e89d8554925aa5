package id.kube.admin.group;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Turns the grid's (offset, limit) requests into keyset pages: the cursor where each fetched page ended is
 * remembered, so scrolling down asks "the next rows after (name, id)" instead of walking an OFFSET; only a jump
 * to a never-seen offset falls back to OFFSET once. Reset it when the filter changes.
 */
final class KeysetPages {

    private final GroupDirectory directory;
    private final Map<Integer, GroupDirectory.Cursor> cursorAtOffset = new ConcurrentHashMap<>();
    private volatile GroupFilter filter = GroupFilter.none();

    KeysetPages(GroupDirectory directory) {
        this.directory = directory;
    }

    void filter(GroupFilter newFilter) {
        filter = newFilter;
        cursorAtOffset.clear();
    }

    GroupFilter filter() {
        return filter;
    }

    Stream<GroupRow> fetch(int offset, int limit) {
        List<GroupRow> rows;
        if (offset == 0) {
            rows = directory.page(filter, null, limit);
        } else if (cursorAtOffset.containsKey(offset)) {
            rows = directory.page(filter, cursorAtOffset.get(offset), limit);
        } else {
            rows = directory.pageAt(filter, offset, limit);
        }
        if (!rows.isEmpty()) {
            GroupRow last = rows.getLast();
            cursorAtOffset.put(offset + rows.size(), new GroupDirectory.Cursor(last.name(), last.id().value()));
        }
        return rows.stream();
    }
}
