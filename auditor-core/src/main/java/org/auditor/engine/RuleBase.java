package org.auditor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.auditor.model.Severity;
import org.auditor.parse.Vocabulary;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The compiled rule base: every built-in DRL file listed in {@value #INDEX}, plus user DRL files. A user
 * rule whose @id is a built-in rule's replaces it: the built-in rule is cut from its file before anything
 * is compiled. Built once per run (compilation costs far more than a session) and shared by all
 * documents; it is thread-safe, each document gets its own stateless session.
 *
 * <p>{@link #startBuilding(Path)} compiles the built-in rules on a thread of their own, so that a scan
 * extracts and parses its first files meanwhile (neither needs rules): only what needs the compiled rules
 * ({@link #rules()}, a session) waits for them. The version, which keys cached results, is known at once.
 */
public final class RuleBase {
    /** Classpath listing of the built-in DRL files, one resource path per line. */
    public static final String INDEX = "org/auditor/rules/rules.index";

    private static final AtomicInteger BUILDS = new AtomicInteger();

    /** What compiling gives: the rules themselves and their metadata. */
    private record Compiled(KieBase kieBase, Map<String, RuleInfo> rules) {}

    private final CompletableFuture<Compiled> compiled;
    private final String version;

    private RuleBase(CompletableFuture<Compiled> compiled, String version) {
        this.compiled = compiled;
        this.version = version;
    }

    /** The built-in rules only. */
    public static RuleBase builtIn() { return build(List.of()); }

    /** Built-in rules plus every *.drl file of a folder (and its subfolders), in path order; none when dir is null. */
    public static RuleBase withUserRules(Path dir) { return build(dir == null ? List.of() : drlFiles(dir)); }

    /**
     * The rule base a scan runs with, returned before it is compiled when that is safe: the built-in rules
     * alone compile on a background thread. With user rules it is compiled here, so that a user rule that
     * does not compile stops the run before any document is read.
     */
    public static RuleBase startBuilding(Path userRules) {
        if (userRules != null) return withUserRules(userRules);
        Sources s = sources(List.of());
        CompletableFuture<Compiled> compiled = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                compiled.complete(compile(s));
            } catch (Throwable e) {
                compiled.completeExceptionally(e);
            }
        }, "auditor-rule-base");
        t.setDaemon(true); // a run that ends early (no files) does not wait for it
        t.start();
        return new RuleBase(compiled, s.version());
    }

    /** The *.drl files under a folder, sorted; a folder without any is an error (a mistyped --rules would go unnoticed). */
    public static List<Path> drlFiles(Path dir) {
        if (Files.isRegularFile(dir)) return List.of(dir);
        if (!Files.isDirectory(dir)) throw new RuleBaseException("no such rule folder: " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (files.isEmpty()) throw new RuleBaseException("no .drl files in rule folder " + dir);
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new RuleBaseException("cannot list rule folder " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Built-in rules plus the given user DRL files.
     *
     * @throws RuleBaseException naming the file, line and problem when a DRL does not parse or compile, or
     *                           when two user rules share an id
     */
    public static RuleBase build(List<Path> userDrl) {
        Sources s = sources(userDrl);
        return new RuleBase(CompletableFuture.completedFuture(compile(s)), s.version());
    }

    /**
     * The DRL read, user files parsed and checked, built-in rules replaced by user rules of their id cut out:
     * everything before compiling. {@code texts} maps the path inside the KieFileSystem to the text compiled.
     */
    private record Sources(Map<String, DrlFile> byKey, Map<String, String> texts, Map<String, DrlFile> userIds,
                           Map<String, DrlFile> builtInByName, String version) {}

    private static Sources sources(List<Path> userDrl) {
        List<DrlFile> builtIns = builtInResources().stream().map(r -> DrlFile.builtIn(r, readResource(r))).toList();
        List<DrlFile> users = userDrl.stream().map(DrlFile::user).toList();
        Map<String, DrlFile> userIds = new HashMap<>();
        for (DrlFile f : users) {
            for (DrlFile.Declared d : f.rules()) {
                DrlFile other = userIds.putIfAbsent(d.id(), f);
                if (other != null) throw new RuleBaseException("rule id " + d.id() + " is defined twice: in " + other.name() + " and in "
                        + f.name() + ":" + d.line());
            }
        }
        Set<String> overridden = new TreeSet<>(userIds.keySet());
        Map<String, DrlFile> byKey = new LinkedHashMap<>(); // path inside the KieFileSystem → file, to name files in errors
        for (DrlFile f : builtIns) byKey.put(f.name(), f);
        for (int i = 0; i < users.size(); i++) byKey.put("user/" + i + "/" + Path.of(users.get(i).name()).getFileName(), users.get(i));
        Map<String, String> texts = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) texts.put(e.getKey(), e.getValue().builtIn() ? e.getValue().without(overridden) : e.getValue().text());
        Map<String, DrlFile> builtInByName = new HashMap<>();
        for (DrlFile f : builtIns) for (String name : f.ruleNames()) builtInByName.put(name, f);
        return new Sources(byKey, texts, userIds, builtInByName, version(texts));
    }

    private static Compiled compile(Sources s) {
        KieServices ks = KieServices.Factory.get();
        // a release of its own per build: rule bases built side by side (tests, tools) must not replace each other
        ReleaseId release = ks.newReleaseId("org.auditor", "rule-base-" + BUILDS.incrementAndGet(), "1");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(release);
        for (var e : s.texts().entrySet()) kfs.write("src/main/resources/" + e.getKey(), e.getValue());
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("rule base does not compile:");
            for (Message m : errors) {
                DrlFile f = s.byKey().get(m.getPath());
                sb.append("\n  ").append(f == null ? m.getPath() : f.name()).append(':').append(m.getLine()).append(": ").append(oneLine(m.getText()));
            }
            throw new RuleBaseException(sb.toString());
        }
        KieContainer kc = ks.newKieContainer(release);
        KieBase base = kc.getKieBase();
        ks.getRepository().removeKieModule(release); // the container keeps what it needs
        return new Compiled(base, readMetadata(base, s.userIds(), s.builtInByName()));
    }

    /** A compiler message on one line: MVEL's carets and blank lines dropped. */
    private static String oneLine(String text) {
        return String.join(" ", text.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.equals("^")).toList());
    }

    /**
     * What a result depends on besides the input file: the DRL sources, the vocabulary files and the
     * build of the code that reads them ({@link #codeStamp()}). A change to any of them gives a new version, so cached results are never reused.
     */
    private static String version(Map<String, String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : sources.entrySet()) update(sha, e.getKey(), e.getValue());
            for (String f : Vocabulary.FILES) update(sha, f, readResource(Vocabulary.RESOURCE_DIR + f));
            update(sha, "code", codeStamp());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, String name, String content) {
        sha.update((name + "\0" + content + "\0").getBytes(StandardCharsets.UTF_8));
    }

    /** The build of the code: its jar's size and time, or every class file's when run from a folder (tests). */
    private static String codeStamp() {
        try {
            var source = RuleBase.class.getProtectionDomain().getCodeSource();
            if (source == null) return "";
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) return stamp(code);
            StringBuilder sb = new StringBuilder();
            try (var files = Files.walk(code)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) sb.append(code.relativize(p)).append(stamp(p));
            }
            return sb.toString();
        } catch (Exception e) { // an unusual class loader: the sources alone still key the cache
            return "";
        }
    }

    private static String stamp(Path f) throws IOException {
        return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis() + ";";
    }

    private static List<String> builtInResources() {
        String index = readResource(INDEX);
        List<String> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }

    private static String readResource(String res) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) throw new RuleBaseException("missing rule resource " + res + " (is the rules module on the classpath?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read rule resource " + res + ": " + e.getMessage());
        }
    }

    /** Every compiled rule's metadata; its file is the user file that declared its id, else the built-in file of its name. */
    private static Map<String, RuleInfo> readMetadata(KieBase base, Map<String, DrlFile> userIds, Map<String, DrlFile> builtInByName) {
        List<RuleInfo> all = new ArrayList<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Map<String, Object> md = metadata(r);
                String id = str(md.get("id"), r.getName());
                DrlFile file = userIds.containsKey(id) ? userIds.get(id) : builtInByName.get(r.getName());
                String where = (file == null ? pkg.getName() : file.name()) + ": rule " + id;
                String sev = str(md.get("severity"), "ERROR");
                Severity severity;
                try {
                    severity = Severity.valueOf(sev);
                } catch (IllegalArgumentException e) {
                    throw new RuleBaseException(where + ": @severity must be ERROR, WARNING or INFO, not \"" + sev + "\"");
                }
                RuleDoc doc = new RuleDoc(str(md.get("details"), ""), str(md.get("formula"), ""), str(md.get("rounding"), ""),
                        str(md.get("example"), ""), str(md.get("counterexample"), ""));
                all.add(new RuleInfo(id, str(md.get("family"), id.replaceAll("-.*", "")), severity, str(md.get("description"), ""),
                        file == null ? pkg.getName() : file.name(), file == null || file.builtIn(), doc));
            }
        }
        all.sort(Comparator.comparing(RuleInfo::id));
        Map<String, RuleInfo> map = new LinkedHashMap<>();
        for (RuleInfo i : all) map.put(i.id(), i);
        return map;
    }

    /**
     * A rule's metadata by annotation name. Drools files an annotation that shares its name with an
     * annotation type it knows under that type's name (@description becomes
     * "org.kie.api.definition.type.Description"): such keys are filed back under the name as written.
     */
    static Map<String, Object> metadata(Rule r) {
        Map<String, Object> out = new HashMap<>();
        r.getMetaData().forEach((k, v) -> {
            int dot = k.lastIndexOf('.');
            out.putIfAbsent(dot < 0 ? k : k.substring(dot + 1).toLowerCase(java.util.Locale.ROOT), v);
        });
        return out;
    }

    /** A metadata value as text: Drools may keep the quotes of a string literal. */
    static String str(Object o, String dflt) {
        if (o == null) return dflt;
        String s = o.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    /** Every rule, in id order. */
    public Collection<RuleInfo> rules() { return compiled().rules().values(); }

    /** The rule of an id, or null. */
    public RuleInfo rule(String id) { return compiled().rules().get(id); }

    /** Short hash of everything the results depend on besides the input (see {@link #version(Map)}). */
    public String version() { return version; }

    StatelessKieSession newSession() { return compiled().kieBase().newStatelessKieSession(); }

    /** The compiled rules, waiting for a background build; its failure is thrown to every caller. */
    private Compiled compiled() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleBaseException r) throw new RuleBaseException(r.getMessage());
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("rule base could not be built: " + e.getCause(), e.getCause());
        }
    }
}
