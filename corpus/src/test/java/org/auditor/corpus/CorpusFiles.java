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

    /** The real published PDFs, in shared/real beside the project (read there, never copied in). */
    public static Path realPdfs() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path shared : new Path[] {d.resolve("../shared").normalize(), d.resolve("shared")}) {
                if (Files.isDirectory(shared.resolve("real"))) return shared.resolve("real");
            }
        }
        throw new IllegalStateException("shared/real not found above " + System.getProperty("user.dir"));
    }
}
