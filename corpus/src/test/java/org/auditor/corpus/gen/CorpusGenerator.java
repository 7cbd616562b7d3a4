package org.auditor.corpus.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Generates the corpus: {@code count} 部门决算 PDFs from one seed, with faults injected into most of them and
 * a manifest of the findings each fault must produce. Same seed, same documents and manifest.
 */
public final class CorpusGenerator {
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261125L;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 35;
        Path out = Path.of(args.length > 2 ? args[2] : "target/generated-corpus");
        Manifest m = generate(seed, count, out);
        System.out.println(m.documents().size() + " documents, " + m.faultCount() + " faults in " + out.toAbsolutePath());
    }

    public static Manifest generate(long seed, int count, Path out) throws IOException {
        return generate(seed, java.util.stream.IntStream.range(0, count).boxed().toList(), out, false);
    }

    /**
     * The documents of the given indexes (each the same as in a full run: document i depends only on the seed and
     * i); with {@code officeFormats} each also as gen-NNN.docx (narrative and tables) and gen-NNN.xlsx (the tables,
     * one sheet each), rendered from the same draft, faults included.
     */
    public static Manifest generate(long seed, List<Integer> indexes, Path out, boolean officeFormats) throws IOException {
        Files.createDirectories(out);
        AccountsGenerator accounts = new AccountsGenerator();
        List<Manifest.Document> docs = new ArrayList<>();
        try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            List<TrueTypeFont> faces = new ArrayList<>();
            ttc.processAllFonts(faces::add);
            for (int i : indexes) {
                Random r = new Random(seed * 1_000_003L + i);
                Accounts a = accounts.generate(r, i);
                DraftWriter w = new DraftWriter(a);
                Draft draft = w.write();
                // every seventh document stays fault-free: the precision check on clean documents
                List<FaultInjector.Injected> faults = i % 7 == 0 ? List.of() : new FaultInjector(r, w).inject(3 + r.nextInt(3));
                String file = String.format("gen-%03d.pdf", i);
                ReportPdf.render(draft, a.entity() + a.year() + "年度部门决算", faces.get(0), out.resolve(file));
                if (officeFormats) {
                    ReportDocx.render(draft, out.resolve(file.replace(".pdf", ".docx")));
                    ReportXlsx.render(draft, out.resolve(file.replace(".pdf", ".xlsx")));
                }
                docs.add(new Manifest.Document(file, a.entity(), a.year(), faults.stream().map(FaultInjector.Injected::toFault).toList()));
            }
        }
        Manifest m = new Manifest(seed, docs);
        m.write(out.resolve("manifest.json"));
        return m;
    }
}
