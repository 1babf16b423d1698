package io.github.unmangle.cli;

import io.github.unmangle.io.InputFile;
import io.github.unmangle.run.Batch;
import io.github.unmangle.run.FileCleaner;
import io.github.unmangle.run.Outcome;
import io.github.unmangle.run.Part;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Progress of a batch on stderr: a bar (inputs done, and what {@code extra} says, or by default
 * how many were changed and how many failed) when stderr is a terminal; otherwise, if
 * {@code periodic} gives a line, that line every 10 s (for logs), or nothing.
 * It counts inputs as the batch finishes them, through {@link #wrap}; {@link #learning} shows the
 * batch-learning read before them.
 */
final class Progress implements AutoCloseable {
    private final boolean on;
    private final Supplier<String> extra;
    private final LongFunction<String> periodic;
    private final ProgressBar bar;
    private final AtomicLong done = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong changed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long lastPrint = System.nanoTime();

    /**
     * {@code periodic}: the line to print every 10 s off a terminal, given the inputs done (null:
     * nothing off a terminal).
     */
    Progress(String task, boolean on, Supplier<String> extra, LongFunction<String> periodic) {
        this.on = on;
        this.extra = extra;
        this.periodic = periodic;
        this.bar = on && terminal() ? bar(task, -1) : null;
    }

    /** {@code inner} (may be null) with each finished input counted. */
    FileCleaner.Listener wrap(FileCleaner.Listener inner) {
        return new FileCleaner.Listener() {
            @Override
            public void part(InputFile input, Part part) {
                if (inner != null) {
                    inner.part(input, part);
                }
            }

            @Override
            public void problem(InputFile input, String message) {
                if (inner != null) {
                    inner.problem(input, message);
                }
            }

            @Override
            public void done(Outcome o) {
                if (inner != null) {
                    inner.done(o);
                }
                tick(o);
            }

            @Override
            public void finished() {
                if (inner != null) {
                    inner.finished();
                }
                close(); // before the summary line, which would otherwise share the bar's line
            }
        };
    }

    private void tick(Outcome o) {
        if (o.status() == Outcome.Status.CHANGED) {
            changed.incrementAndGet();
        }
        if (o.failed()) {
            failed.incrementAndGet();
        }
        long n = done.incrementAndGet();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(extra != null ? extra.get() : changed.get() + " changed, " + failed.get() + " failed");
        } else if (on && periodic != null && System.nanoTime() - lastPrint > 10_000_000_000L) {
            lastPrint = System.nanoTime();
            System.err.println(periodic.apply(n));
        }
    }

    @Override
    public void close() {
        if (bar != null && closed.compareAndSet(false, true)) {
            bar.close();
        }
    }

    /** A bar of inputs on stderr; {@code max} -1 when their number is not known. */
    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" inputs", 1).build();
    }

    private static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A bar for the batch-learning read (its inputs counted beforehand), on a terminal when {@code on}; otherwise nothing. */
    static Batch.LearnListener learning(boolean on) {
        return new Batch.LearnListener() {
            private volatile ProgressBar bar;

            @Override
            public void started(long inputs) {
                if (on && terminal()) {
                    bar = bar("learn", inputs);
                }
            }

            @Override
            public void observed() {
                ProgressBar b = bar;
                if (b != null) {
                    b.step();
                }
            }

            @Override
            public void finished() {
                ProgressBar b = bar;
                if (b != null) {
                    b.close();
                }
            }
        };
    }
}
