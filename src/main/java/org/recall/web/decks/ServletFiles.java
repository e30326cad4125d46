package org.recall.web.decks;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recall.scorm.PackageFiles;

/** A folder of the deployed WAR as {@link PackageFiles}: the sources of a SCORM package at run time. */
final class ServletFiles implements PackageFiles {

    private final ServletContext context;
    private final String root;

    /** @param root a folder of the WAR, starting and ending with {@code /} */
    ServletFiles(ServletContext context, String root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public List<String> list() throws IOException {
        List<String> files = new ArrayList<>();
        collect(root, files);
        if (files.isEmpty()) {
            throw new IOException("the WAR has no files under " + root);
        }
        files.sort(null);
        return files;
    }

    private void collect(String folder, List<String> files) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(path, files);
            } else {
                files.add(path.substring(root.length()));
            }
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        try (InputStream in = context.getResourceAsStream(root + path)) {
            if (in == null) {
                throw new IOException("the WAR has no file " + root + path);
            }
            return in.readAllBytes();
        }
    }
}
