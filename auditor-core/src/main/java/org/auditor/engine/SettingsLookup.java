package org.auditor.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which configuration applies to which scanned file: the file given with --config for every file;
 * otherwise the nearest {@value Settings#FILE_NAME} in the file's folder or its parents, up to the scan
 * root it was found under (never above it); otherwise the defaults. Each file is read once.
 */
public final class SettingsLookup {
    private final Settings explicit;
    private final List<Path> roots; // absolute folders
    private final Map<Path, Settings> byFolder = new ConcurrentHashMap<>();

    private SettingsLookup(Settings explicit, List<Path> roots) {
        this.explicit = explicit;
        this.roots = roots;
    }

    /**
     * @param scanPaths the files and folders given to scan (a file's root is its folder)
     * @param config    the --config file, or null to look for {@value Settings#FILE_NAME} files
     */
    public static SettingsLookup of(List<Path> scanPaths, Path config) {
        List<Path> roots = new ArrayList<>();
        for (Path p : scanPaths) {
            Path a = p.toAbsolutePath().normalize();
            roots.add(Files.isDirectory(a) || a.getParent() == null ? a : a.getParent());
        }
        return new SettingsLookup(config == null ? null : Settings.load(config), roots);
    }

    /** The run's configuration, echoed at the top of the outputs: --config, else the first scan root's file, else the defaults. */
    public Settings runWide() {
        if (explicit != null) return explicit;
        return roots.isEmpty() ? Settings.defaults() : at(roots.get(0));
    }

    /** The configuration that applies to one file. */
    public Settings forFile(Path file) {
        if (explicit != null) return explicit;
        Path f = file.toAbsolutePath().normalize();
        Path root = null;
        for (Path r : roots) if (f.startsWith(r) && (root == null || r.getNameCount() > root.getNameCount())) root = r;
        for (Path dir = f.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(Settings.FILE_NAME))) return at(dir);
            if (dir.equals(root) || root == null) break;
        }
        return Settings.defaults();
    }

    /** Reads every configuration the files will use and checks it against the rule base, before any document is read. */
    public Set<Settings> prepare(Collection<Path> files, Collection<RuleInfo> rules) { return prepare(files, () -> rules); }

    /**
     * As {@link #prepare(Collection, Collection)}, asking for the rules only when a configuration file is in
     * use: without one, a scan need not wait for its rule base to be compiled before reading documents.
     */
    public Set<Settings> prepare(Collection<Path> files, java.util.function.Supplier<Collection<RuleInfo>> rules) {
        Set<Settings> used = new LinkedHashSet<>();
        used.add(runWide());
        for (Path f : files) used.add(forFile(f));
        for (Settings s : used) if (s.source() != null) s.validate(rules.get());
        return used;
    }

    /** The files (by path as audited) whose configuration is not the run's, with theirs. */
    public Map<String, Settings> differing(Collection<Path> files) {
        Map<String, Settings> out = new java.util.LinkedHashMap<>();
        Settings run = runWide();
        for (Path f : files) {
            Settings s = forFile(f);
            if (!s.equals(run)) out.put(f.toString(), s);
        }
        return out;
    }

    /** A path as the user would write it: relative to the working folder when under it. */
    private static Path shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private Settings at(Path dir) {
        return byFolder.computeIfAbsent(dir, d -> {
            Path f = d.resolve(Settings.FILE_NAME);
            return Files.isRegularFile(f) ? Settings.load(shown(f)) : Settings.defaults();
        });
    }
}
