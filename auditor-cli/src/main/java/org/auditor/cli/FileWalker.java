package org.auditor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.auditor.extract.FileType;

/** Expands files and folders into the sorted list of report files to audit. */
final class FileWalker {
    private FileWalker() {}

    /** Hidden folders and build output (a Maven "target" folder) are not reports. */
    private static boolean insideSkippedFolder(Path root, Path file) {
        Path rel = root.relativize(file).getParent();
        if (rel == null) return false;
        for (Path part : rel) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("target") || n.equals("node_modules")) return true;
        }
        return false;
    }

    static List<Path> collect(List<Path> roots) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            if (Files.isRegularFile(root)) { out.add(root); continue; }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(FileType::isCandidate).filter(p -> !insideSkippedFolder(root, p)).forEach(out::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new ArrayList<>(out);
    }
}
