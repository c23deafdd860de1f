package org.zwgk.check.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.zwgk.check.Finding;
import org.zwgk.screen.Screener;

/**
 * The part of a check that needs only the site — reading and parsing every page, links, attachments and tags, and
 * screening the site's own pages — done on a thread of its own while the check reads the store: on a large site the
 * two take about as long. The screening of the site's pages is shared: the check's own thread, once done with the
 * store, screens the files the site thread has not taken yet. One short-lived daemon thread per check run.
 */
final class SiteWork {

    /** What the site alone shows. */
    record Result(SiteScan scan, List<Finding> findings, List<PersonalDataChecks.ScreenedFile> screened) {
    }

    /** The site's own files to screen, taken one at a time by whichever thread is free. */
    private static final class Screening {
        final List<PersonalDataChecks.SiteFile> files;
        final PersonalDataChecks.ScreenedFile[] done;
        final AtomicInteger next = new AtomicInteger();
        final Screener screener;

        Screening(List<PersonalDataChecks.SiteFile> files, Screener screener) {
            this.files = files;
            this.done = new PersonalDataChecks.ScreenedFile[files.size()];
            this.screener = screener;
        }

        void help() {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                done[i] = PersonalDataChecks.screen(screener, files.get(i));
            }
        }

        /** No file is taken any more (the check failed on the store's side). */
        void stop() {
            next.set(files.size());
        }
    }

    private final FutureTask<Result> task;
    private final CompletableFuture<Screening> scanned;

    private SiteWork(FutureTask<Result> task, CompletableFuture<Screening> scanned) {
        this.task = task;
        this.scanned = scanned;
    }

    /**
     * Starts the work; a path that is not a directory is refused here, before the check touches the store (it is the
     * user's mistake and should cost no database work).
     */
    static SiteWork start(Path root, Screener screener) {
        SiteScan.requireDirectory(root);
        CompletableFuture<Screening> scanned = new CompletableFuture<>();
        FutureTask<Result> task = new FutureTask<>(() -> {
            try {
                SiteScan scan = SiteScan.of(root);
                Screening s = new Screening(PersonalDataChecks.siteFiles(scan), screener);
                scanned.complete(s);
                List<Finding> findings = SiteChecks.pages(scan);
                s.help();
                return new Result(scan, findings, Arrays.asList(s.done));
            } catch (RuntimeException | Error e) {
                scanned.completeExceptionally(e);
                throw e;
            }
        });
        Thread t = new Thread(task, "zwgk-check-site");
        t.setDaemon(true);
        t.start();
        return new SiteWork(task, scanned);
    }

    /**
     * Helps with the screening, then waits for the rest; a failure of the site thread (ZWGK-8051 for a file that
     * cannot be read) is thrown here as it was raised — after the store's reads, unless those failed first.
     */
    Result join() {
        Screening s = await(scanned);
        s.help(); // what this thread screens is in s.done before the site thread's result is read below
        return await(task);
    }

    /**
     * Stops the work when the check failed on the store's side: the site thread takes no further file to screen,
     * and a scan still reading pages stops at the next one (interrupted).
     */
    void cancel() {
        task.cancel(true);
        scanned.thenAccept(Screening::stop);
    }

    private <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new CancellationException("interrupted while the site was being checked");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
