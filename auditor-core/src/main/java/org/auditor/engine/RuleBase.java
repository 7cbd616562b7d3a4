package org.auditor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Severity;
import org.auditor.parse.Vocabulary;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The compiled rule base: every built-in DRL file listed in {@value #INDEX}, plus user DRL files.
 * Built once per run (compilation costs far more than a session) and shared by all documents; it is
 * thread-safe, each document gets its own stateless session.
 */
public final class RuleBase {
    /** Classpath listing of the built-in DRL files, one resource path per line. */
    public static final String INDEX = "org/auditor/rules/rules.index";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final String version;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, String version) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.version = version;
    }

    /** The built-in rules only. */
    public static RuleBase builtIn() { return build(List.of()); }

    /**
     * Built-in rules plus the given user DRL files.
     *
     * @throws RuleBaseException naming the file, line and problem when a DRL does not compile
     */
    public static RuleBase build(List<Path> userDrl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String res : builtInResources()) sources.put(res, readResource(res));
        int n = 0;
        for (Path p : userDrl) {
            try {
                sources.put("user/" + (n++) + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleBaseException("cannot read rule file " + p + ": " + e.getMessage());
            }
        }
        for (var e : sources.entrySet()) kfs.write("src/main/resources/" + e.getKey(), e.getValue());
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("rule base does not compile:");
            for (Message m : errors) sb.append("\n  ").append(m.getPath()).append(':').append(m.getLine()).append(": ").append(m.getText());
            throw new RuleBaseException(sb.toString());
        }
        KieContainer kc = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        KieBase base = kc.getKieBase();
        return new RuleBase(base, readMetadata(base), version(sources));
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

    private static Map<String, RuleInfo> readMetadata(KieBase base) {
        List<RuleInfo> all = new ArrayList<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Map<String, Object> md = r.getMetaData();
                String id = str(md.get("id"), r.getName());
                Severity sev = Severity.valueOf(str(md.get("severity"), "ERROR"));
                all.add(new RuleInfo(id, str(md.get("family"), id.replaceAll("-.*", "")), sev,
                        str(md.get("description"), ""), pkg.getName() + "/" + r.getName()));
            }
        }
        all.sort(Comparator.comparing(RuleInfo::id));
        Map<String, RuleInfo> map = new LinkedHashMap<>();
        for (RuleInfo i : all) map.put(i.id(), i);
        return map;
    }

    private static String str(Object o, String dflt) {
        if (o == null) return dflt;
        String s = o.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    public Collection<RuleInfo> rules() { return rules.values(); }

    public RuleInfo rule(String id) { return rules.get(id); }

    /** Short hash of everything the results depend on besides the input (see {@link #version(Map)}). */
    public String version() { return version; }

    StatelessKieSession newSession() { return kieBase.newStatelessKieSession(); }
}
