package org.recall.scorm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recall.deck.Deck;
import org.recall.deck.DeckCatalog;

/**
 * Build step ({@code mvn package}, through exec-maven-plugin): writes the SCORM 1.2 and 2004 packages
 * of every built-in deck to the output folder, e.g. {@code target/scorm/mlops-vs-devops-scorm12.zip}.
 * <p>Arguments: the study UI folder ({@code src/main/webapp/app}), the {@code scorm-package} folder, the
 * pages folder ({@code src/main/webapp/WEB-INF/pages}), the output folder.
 */
public final class ScormBuild {

    private ScormBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: ScormBuild <webapp app folder> <scorm-package folder> <pages folder> <output folder>");
        }
        var packages = new ScormPackage(PackageFiles.directory(Path.of(args[0])), PackageFiles.directory(Path.of(args[1])),
                PackageFiles.directory(Path.of(args[2])));
        Path out = Files.createDirectories(Path.of(args[3]));
        for (Deck deck : new DeckCatalog().all()) {
            for (ScormVersion version : ScormVersion.values()) {
                Path zip = out.resolve(ScormPackage.fileName(deck, version));
                try (OutputStream file = Files.newOutputStream(zip)) {
                    packages.write(deck, version, file);
                }
                System.out.println("SCORM " + version.parameter() + " package: " + zip);
            }
        }
    }
}
