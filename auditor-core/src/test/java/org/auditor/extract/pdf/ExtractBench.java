package org.auditor.extract.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.auditor.model.Document;

/**
 * Times {@link PdfExtractor} on every PDF of a folder: first the first extraction of each file in a fresh
 * JVM ("first ms": class loading and JIT included, as a one-file CLI run pays them), then, after three
 * warm-up rounds over all files, {@code N} timed rounds (steady state). Run by {@code bench/extract-bench.sh}.
 */
public final class ExtractBench {
    private ExtractBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Path.of(args.length > 1 ? args[1] : "../shared/real");
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        PdfExtractor extractor = new PdfExtractor();
        int[] pages = new int[pdfs.size()];
        double[] first = new double[pdfs.size()];
        for (int f = 0; f < pdfs.size(); f++) {
            long t0 = System.nanoTime();
            Document doc = extractor.extract(pdfs.get(f));
            first[f] = (System.nanoTime() - t0) / 1e6;
            pages[f] = doc.pages();
        }
        for (int round = 0; round < 3; round++) for (Path pdf : pdfs) extractor.extract(pdf);
        long[] nanos = new long[pdfs.size()];
        for (int round = 0; round < n; round++) {
            for (int f = 0; f < pdfs.size(); f++) {
                long t0 = System.nanoTime();
                extractor.extract(pdfs.get(f));
                nanos[f] += System.nanoTime() - t0;
            }
        }
        System.out.printf("%-40s %5s %9s %9s %9s%n", "file", "pages", "first ms", "warm ms", "ms/page");
        long allNanos = 0;
        int allPages = 0;
        for (int f = 0; f < pdfs.size(); f++) {
            allNanos += nanos[f];
            allPages += pages[f];
            double warm = nanos[f] / 1e6 / n;
            System.out.printf("%-40s %5d %9.0f %9.1f %9.2f%n", pdfs.get(f).getFileName(), pages[f], first[f], warm, warm / pages[f]);
        }
        allPages *= n;
        System.out.printf("%-40s %5d %9s %9s %9.2f%n", "all (warm)", allPages / Math.max(1, n), "", "", allNanos / 1e6 / Math.max(1, allPages));
    }
}
