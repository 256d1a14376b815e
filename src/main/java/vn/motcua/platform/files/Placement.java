package vn.motcua.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where the content store keeps its files once checked: a directory, or an S3-compatible bucket. */
interface Placement {

    boolean has(String sha256) throws IOException;

    /** Places the checked temporary file under its hash (nothing when the same content is there already). */
    void place(Path temporary, String sha256, long size) throws IOException;

    InputStream read(String sha256) throws IOException;
}
