package org.auditor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditor.model.Direction;
import org.auditor.model.Scope;
import org.auditor.model.TableKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one place for words: concept labels, scope prefixes, function-class names, direction words. Loaded
 * from the YAML resources under {@code org/auditor/vocabulary/}; code never lists Chinese labels itself.
 */
public final class Vocabulary {
    /** A concept label match: the concept id and the scope the label itself implies (null: from the prefix). */
    public record ConceptLabel(String concept, String label, Scope scope, boolean count) {}

    public record ScopePrefix(String prefix, Scope scope) {}

    private final List<Map.Entry<String, TableKind>> tableTitles = new ArrayList<>();
    private final Map<String, String> measures = new java.util.HashMap<>();
    private final Map<TableKind, List<String>> rowTotals = new java.util.EnumMap<>(TableKind.class);
    private final Map<String, org.auditor.model.Period> threePublicPeriods = new java.util.HashMap<>();
    private final Map<String, String> threePublicItems = new java.util.HashMap<>();
    private final Map<String, List<String>> threePublicParts = new LinkedHashMap<>();
    private final Map<String, List<String>> threePublicBasicCodes = new LinkedHashMap<>(); // 三公 item → 06 经济分类 款
    private static final Vocabulary STANDARD = load();

    private final List<ScopePrefix> scopes = new ArrayList<>();
    private final List<String> fillers = new ArrayList<>();
    private final List<String> entityEndings = new ArrayList<>();
    private final java.util.Set<String> requireYear = new java.util.HashSet<>();
    private final Map<String, ConceptLabel> labels = new LinkedHashMap<>();
    private final Map<String, String> classNames = new LinkedHashMap<>(); // name → 3-digit code
    private final List<String> classNamesLongestFirst = new ArrayList<>();
    private final Map<String, List<String>> basicExpenseClasses = new LinkedHashMap<>(); // personnel/public → 经济分类 类
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final Map<String, Direction> direction = new LinkedHashMap<>();
    private final Map<String, Direction> comparison = new LinkedHashMap<>();
    private final Map<Direction, String> plainDirection = new java.util.EnumMap<>(Direction.class);
    private final Map<Direction, String> plainComparison = new java.util.EnumMap<>(Direction.class);

    public static Vocabulary standard() { return STANDARD; }

    private static Vocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Vocabulary v = new Vocabulary();
        JsonNode concepts = read(yaml, "concepts.yaml");
        for (JsonNode s : concepts.get("scopes")) v.scopes.add(new ScopePrefix(s.get("prefix").asText(), Scope.valueOf(s.get("scope").asText())));
        v.scopes.sort(Comparator.comparingInt((ScopePrefix p) -> p.prefix().length()).reversed());
        concepts.get("entityEndings").forEach(f -> v.entityEndings.add(f.asText()));
        concepts.get("requireYear").forEach(f -> v.requireYear.add(f.asText()));
        concepts.get("fillers").forEach(f -> v.fillers.add(f.asText()));
        v.fillers.sort(Comparator.comparingInt(String::length).reversed());
        concepts.get("concepts").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            Scope scope = c.has("scope") ? Scope.valueOf(c.get("scope").asText()) : null;
            boolean count = c.has("kind") && "COUNT".equals(c.get("kind").asText());
            for (JsonNode l : c.get("labels")) v.labels.put(l.asText(), new ConceptLabel(e.getKey(), l.asText(), scope, count));
        });
        JsonNode cls = read(yaml, "classification.yaml");
        cls.get("functional").fields().forEachRemaining(e -> e.getValue().forEach(n -> v.classNames.put(n.asText(), e.getKey())));
        v.classNamesLongestFirst.addAll(v.classNames.keySet());
        cls.get("basicExpense").fields().forEachRemaining(e -> {
            List<String> codes = new ArrayList<>();
            e.getValue().forEach(n -> codes.add(n.asText()));
            v.basicExpenseClasses.put(e.getKey(), List.copyOf(codes));
        });
        v.classNamesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        JsonNode w = read(yaml, "words.yaml");
        w.fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                List<String> list = new ArrayList<>();
                e.getValue().forEach(n -> list.add(n.asText()));
                list.sort(Comparator.comparingInt(String::length).reversed());
                v.words.put(e.getKey(), list);
            }
        });
        readDirections(w.get("direction"), v.direction, v.plainDirection);
        readDirections(w.get("comparison"), v.comparison, v.plainComparison);
        JsonNode t = read(yaml, "tables.yaml");
        t.get("titles").fields().forEachRemaining(e -> e.getValue().forEach(n -> v.tableTitles.add(
                new java.util.AbstractMap.SimpleEntry<>(n.asText(), TableKind.valueOf(e.getKey())))));
        v.tableTitles.sort(Comparator.comparingInt((Map.Entry<String, TableKind> e) -> e.getKey().length()).reversed());
        t.get("measures").fields().forEachRemaining(e -> e.getValue().forEach(n -> v.measures.put(n.asText(), e.getKey())));
        t.get("rowTotals").fields().forEachRemaining(e -> {
            List<String> parts = new ArrayList<>();
            e.getValue().forEach(n -> parts.add(n.asText()));
            v.rowTotals.put(TableKind.valueOf(e.getKey()), List.copyOf(parts));
        });
        JsonNode tp = t.get("threePublic");
        tp.get("periods").fields().forEachRemaining(e -> e.getValue().forEach(n -> v.threePublicPeriods.put(n.asText(),
                org.auditor.model.Period.valueOf(e.getKey()))));
        tp.get("items").fields().forEachRemaining(e -> v.threePublicItems.put(e.getKey(), e.getValue().asText()));
        tp.get("parts").fields().forEachRemaining(e -> {
            List<String> parts = new ArrayList<>();
            e.getValue().forEach(n -> parts.add(n.asText()));
            v.threePublicParts.put(e.getKey(), List.copyOf(parts));
        });
        tp.get("basicExpenseCodes").fields().forEachRemaining(e -> {
            List<String> codes = new ArrayList<>();
            e.getValue().forEach(n -> codes.add(n.asText()));
            v.threePublicBasicCodes.put(e.getKey(), List.copyOf(codes));
        });
        return v;
    }

    private static void readDirections(JsonNode node, Map<String, Direction> into, Map<Direction, String> plain) {
        List<Map.Entry<String, Direction>> all = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            Direction d = "NEUTRAL".equals(e.getKey()) ? null : Direction.valueOf(e.getKey());
            if (d != null && e.getValue().size() > 0) plain.put(d, e.getValue().get(0).asText());
            e.getValue().forEach(n -> all.add(new java.util.AbstractMap.SimpleEntry<>(n.asText(), d)));
        });
        all.sort(Comparator.comparingInt((Map.Entry<String, Direction> e) -> e.getKey().length()).reversed());
        for (var e : all) into.put(e.getKey(), e.getValue());
    }

    /** Classpath folder of the vocabulary files. */
    public static final String RESOURCE_DIR = "org/auditor/vocabulary/";

    /** Every vocabulary file this class reads: what a cached result depends on besides the rules. */
    public static final List<String> FILES = List.of("concepts.yaml", "classification.yaml", "words.yaml", "tables.yaml");

    private static JsonNode read(ObjectMapper yaml, String name) {
        String res = RESOURCE_DIR + name;
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing resource " + res);
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + res, e);
        }
    }

    /** The kind of table a title line names, or null (longest title word first). */
    public TableKind tableKind(String title) {
        String t = title.replace(" ", "");
        for (Map.Entry<String, TableKind> e : tableTitles) if (t.endsWith(e.getKey())) return e.getValue();
        return null;
    }

    /** The measure a column header names (spaces ignored), or null. */
    public String measure(String header) { return measures.get(header.replace(" ", "")); }

    /** The measure of the longest measure word a header ends with ("支出功能分类合计" → total), or null. */
    public String measureEnding(String header) {
        String h = header.replace(" ", "");
        String best = null;
        int len = 0;
        for (Map.Entry<String, String> e : measures.entrySet())
            if (h.endsWith(e.getKey()) && e.getKey().length() > len) { best = e.getValue(); len = e.getKey().length(); }
        return best;
    }

    /** The period a 三公 table header names (预算数 → BUDGET, 决算数 → CURRENT), spaces ignored; null if none. */
    public org.auditor.model.Period threePublicPeriod(String header) { return threePublicPeriods.get(header.replace(" ", "")); }

    /** The concept id of a 三公 table item: its own word (合计, 小计) or a concept label of the dictionary; null if none. */
    public String threePublicItem(String label) {
        String id = threePublicItems.get(label);
        if (id != null) return id;
        ConceptLabel c = labels.get(label);
        return c == null || c.count() ? null : c.concept();
    }

    /** The scope the dictionary fixes for a concept id (concepts.yaml "scope:"), or null when its labels take it from their prefix. */
    public Scope conceptScope(String concept) {
        for (ConceptLabel c : labels.values()) if (c.concept().equals(concept) && c.scope() != null) return c.scope();
        return null;
    }

    /** The 三公 items that are sums of others: item concept id → its parts' concept ids. */
    public Map<String, List<String>> threePublicParts() { return threePublicParts; }

    /** The 06 经济分类 款 codes that are spending on a 三公 item (tables.yaml threePublic.basicExpenseCodes). */
    public Map<String, List<String>> threePublicBasicCodes() { return threePublicBasicCodes; }

    /** The measures a table kind's 合计 column is the sum of; empty when the kind has no such relation. */
    public List<String> rowTotalParts(TableKind kind) { return rowTotals.getOrDefault(kind, List.of()); }

    /** Scope prefixes, longest first. */
    public List<ScopePrefix> scopes() { return scopes; }

    /** Filler words removed from labels, longest first. */
    public List<String> fillers() { return fillers; }

    /** The concept named exactly by {@code label} (scope prefix already removed), or null. */
    public ConceptLabel concept(String label) { return labels.get(label); }

    /** Words that end an entity's name at the start of a label. */
    public List<String> entityEndings() { return entityEndings; }

    /** Whether a label binds to its concept only when the sentence opens with the year. */
    public boolean requiresYear(String label) { return requireYear.contains(label); }

    /** 功能分类 类 code for a class name ("一般公共服务支出" → "201"), or null. */
    public String classCode(String name) { return classNames.get(name); }

    /** Class names, longest first, for finding a class name inside a longer label. */
    public List<String> classNames() { return classNamesLongestFirst; }

    /** The 经济分类 类 codes the 基本支出 table totals as "personnel" (人员经费) or "public" (公用经费). */
    public List<String> basicExpenseClasses(String total) { return basicExpenseClasses.getOrDefault(total, List.of()); }

    /** A word list from words.yaml, longest first. */
    public List<String> words(String key) { return words.getOrDefault(key, List.of()); }

    /** Direction words (增加 → UP …), longest first; neutral words map to null. */
    public Map<String, Direction> directionWords() { return direction; }

    /** Comparison words (大于 → UP …), longest first. */
    public Map<String, Direction> comparisonWords() { return comparison; }

    /** The plain word for a direction of change (the first listed: 增加, 减少, 持平). */
    public String directionWord(Direction d) { return plainDirection.get(d); }

    /** The plain word for a comparison (the first listed: 大于, 小于, 等于). */
    public String comparisonWord(Direction d) { return plainComparison.get(d); }
}
