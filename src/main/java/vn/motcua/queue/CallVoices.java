package vn.motcua.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The spoken call: the words of the call made into a WAV file by espeak-ng (Debian's package, its Vietnamese voice)
 * once, then served from a folder of cached files named by the SHA-256 of voice, speed and words. The same words give
 * the same sound on every instance, so each instance may keep its own folder: nothing there ever goes stale, and the
 * oldest files go when there are more than the settings allow. At most two voices are made at once. Without espeak-ng
 * the call is only shown (the board says so); it is logged once.
 */
@Service
public class CallVoices {

    private static final Logger log = LoggerFactory.getLogger(CallVoices.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final QueueSettings settings;
    private final Clock clock;
    private final Semaphore making = new Semaphore(2);
    private final AtomicBoolean missingLogged = new AtomicBoolean();

    CallVoices(QueueSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The words the voice reads for the ticket's number at the counter. */
    public String words(int number, int counter) {
        return settings.callOf(number, counter);
    }

    /** The WAV file of the call, made now if it is not cached; empty when the voice cannot be made here. */
    public Optional<Path> audio(int number, int counter) {
        String words = words(number, counter);
        Path folder = Path.of(settings.voiceDirectory());
        Path file = folder.resolve(key(words) + ".wav");
        try {
            if (Files.isRegularFile(file)) {
                Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
                return Optional.of(file);
            }
            if (!making.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            try {
                if (!Files.isRegularFile(file)) {
                    Files.createDirectories(folder);
                    make(words, file);
                    forgetOldest(folder);
                }
            } finally {
                making.release();
            }
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            if (missingLogged.compareAndSet(false, true)) {
                log.warn("The spoken call cannot be made ({}): boards show calls without sound", e.toString());
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void make(String words, Path file) throws IOException, InterruptedException {
        Path part = Files.createTempFile(file.getParent(), "voice", ".part");
        try {
            var process = new ProcessBuilder(List.of(settings.voiceCommand(), "-v", settings.voice(), "-s",
                    Integer.toString(settings.voiceSpeed()), "-w", part.toString(), "--", words))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || Files.size(part) < 44) {
                throw new IOException("espeak-ng failed with exit code " + process.exitValue());
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void forgetOldest(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".wav")).toList();
        }
        int extra = files.size() - settings.voiceFiles();
        if (extra <= 0) {
            return;
        }
        files.stream().sorted((a, b) -> modified(a).compareTo(modified(b))).limit(extra).forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                log.debug("Cached voice {} not removed: {}", p, e.toString());
            }
        });
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private String key(String words) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((settings.voice() + "|" + settings.voiceSpeed() + "|" + words)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
