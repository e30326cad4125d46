package org.recall.scorm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A tree of files a package is assembled from: the study UI ({@code src/main/webapp/app/}) or
 * {@code scorm-package/}. Read from the source folders at build time and from the deployed WAR at
 * run time, so that both zips come from the same files.
 */
public interface PackageFiles {

    /** Every file of the tree, as paths relative to its root with {@code /} separators, sorted. */
    List<String> list() throws IOException;

    byte[] read(String path) throws IOException;

    /** A folder on disk. */
    static PackageFiles directory(Path root) {
        return new PackageFiles() {
            @Override
            public List<String> list() throws IOException {
                if (!Files.isDirectory(root)) {
                    throw new IOException("no such folder: " + root.toAbsolutePath());
                }
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile)
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public byte[] read(String path) throws IOException {
                return Files.readAllBytes(root.resolve(path));
            }
        };
    }
}
