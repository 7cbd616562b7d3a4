package org.auditor.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.auditor.extract.FileType;

/**
 * Expands files and folders into the sorted list of report files to audit. Links to folders are not
 * followed (a link back up the tree would loop); a link with a report's name is listed whatever it leads
 * to, so that a broken or looping one becomes an error row rather than vanishing; so is a folder that
 * cannot be read.
 */
final class FileWalker {
    private FileWalker() {}

    /** Hidden folders and build output (a Maven "target" folder) are not reports. */
    private static boolean skipped(Path dir) {
        String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return n.startsWith(".") || n.equals("target") || n.equals("node_modules");
    }

    static List<Path> collect(List<Path> roots) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            if (!Files.isDirectory(root)) { out.add(root); continue; }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean linkToFolder = attrs.isSymbolicLink() && Files.isDirectory(file);
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink() && !linkToFolder) && FileType.isCandidate(file)) out.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(file); // unreadable: its error row says so
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new ArrayList<>(out);
    }
}
