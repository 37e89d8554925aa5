package id.kube.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time (user + system, from /proc) of the PostgreSQL backends serving one database, over a measured window:
 * the server side of a workload, apart from the other databases a shared machine serves. Backends are recognised
 * by their process title ({@code postgres: <user> <database> <client> …}); a sampling thread keeps the last value
 * of backends that end inside the window (pgbench's), so at most one sampling period of theirs is lost. WAL writer
 * and checkpointer are shared by all databases and not counted.
 */
final class ServerCpu implements AutoCloseable {

    private static final long PERIOD_MILLIS = 20;

    private final String database;
    private final Map<Long, long[]> seen = new HashMap<>(); // pid -> {baseline ticks, last ticks}
    private final Thread sampler;
    private volatile boolean running = true;
    private boolean first = true;

    private ServerCpu(String database) {
        this.database = database;
        sample();
        first = false;
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Starts measuring the backends of {@code database}; null where /proc cannot be read. */
    static ServerCpu start(String database) {
        return Files.isDirectory(Path.of("/proc/self")) ? new ServerCpu(database) : null;
    }

    private synchronized void sample() {
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String title = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!title.startsWith("postgres: ") || !title.contains(" " + database + " ")) {
                        continue;
                    }
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    long pid = Long.parseLong(name);
                    long[] v = seen.get(pid);
                    if (v == null) {
                        seen.put(pid, new long[] {first ? ticks : 0, ticks});
                    } else {
                        v[1] = ticks;
                    }
                } catch (IOException | RuntimeException vanished) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            // keep what was seen
        }
    }

    /** Stops and returns the milliseconds of CPU the database's backends used in the window. */
    synchronized long stopMillis() {
        running = false;
        sampler.interrupt();
        sample();
        long ticks = 0;
        for (long[] v : seen.values()) {
            ticks += v[1] - v[0];
        }
        return ticks * 10; // USER_HZ = 100
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
