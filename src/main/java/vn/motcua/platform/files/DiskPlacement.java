package vn.motcua.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files under a directory, {@code ab/cd/abcd…}: moved into place whole, so never half-written. */
record DiskPlacement(Path root) implements Placement {

    @Override
    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void place(Path temporary, String sha256, long size) throws IOException {
        Path target = path(sha256);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException sameContentMeanwhile) {
                // another upload of the same content was placed first: the same bytes
            }
        }
    }

    @Override
    public InputStream read(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
