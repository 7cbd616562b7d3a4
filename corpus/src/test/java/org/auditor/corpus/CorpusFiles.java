package org.auditor.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of the corpus module, found from wherever the tests run (module folder or project root). */
public final class CorpusFiles {
    private CorpusFiles() {}

    public static Path dir(String name) {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate : new Path[] {here.resolve(name), here.resolve("corpus").resolve(name)}) {
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no corpus folder " + name + " under " + here);
    }
}
