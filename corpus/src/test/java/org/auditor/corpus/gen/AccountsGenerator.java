package org.auditor.corpus.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.auditor.corpus.gen.Accounts.Econ;
import org.auditor.corpus.gen.Accounts.Kuan;
import org.auditor.corpus.gen.Accounts.Lei;
import org.auditor.corpus.gen.Accounts.Xiang;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Draws a consistent set of 部门决算 accounts from a {@link Random}. 类 names come from the project's
 * vocabulary (classification.yaml); 款/项 codes and names are a catalogue of the frequent ones in real reports
 * (shared/domain/classification.md).
 */
final class AccountsGenerator {
    /** 类 code → its 款 (code, name, 项 "code name" pairs). */
    private static final Map<String, List<String[]>> CATALOGUE = Map.of(
            "201", List.<String[]>of(new String[] {"20103", "政府办公厅（室）及相关机构事务", "2010301", "行政运行", "2010302", "一般行政管理事务", "2010350", "事业运行"},
                    new String[] {"20106", "财政事务", "2010601", "行政运行", "2010602", "一般行政管理事务"},
                    new String[] {"20129", "群众团体事务", "2012901", "行政运行", "2012999", "其他群众团体事务支出"}),
            "204", List.<String[]>of(new String[] {"20402", "公安", "2040201", "行政运行", "2040220", "执法办案"}),
            "205", List.<String[]>of(new String[] {"20502", "普通教育", "2050201", "学前教育", "2050202", "小学教育", "2050203", "初中教育"}),
            "207", List.<String[]>of(new String[] {"20701", "文化和旅游", "2070101", "行政运行", "2070109", "群众文化"}),
            "208", List.<String[]>of(new String[] {"20805", "行政事业单位养老支出", "2080501", "行政单位离退休", "2080505", "机关事业单位基本养老保险缴费支出",
                            "2080506", "机关事业单位职业年金缴费支出"},
                    new String[] {"20808", "抚恤", "2080801", "死亡抚恤"}),
            "210", List.<String[]>of(new String[] {"21011", "行政事业单位医疗", "2101101", "行政单位医疗", "2101102", "事业单位医疗", "2101103", "公务员医疗补助"}),
            "212", List.<String[]>of(new String[] {"21201", "城乡社区管理事务", "2120101", "行政运行", "2120104", "城管执法"}),
            "213", List.<String[]>of(new String[] {"21301", "农业农村", "2130101", "行政运行", "2130104", "事业运行"}),
            "221", List.<String[]>of(new String[] {"22102", "住房改革支出", "2210201", "住房公积金", "2210202", "提租补贴", "2210203", "购房补贴"}));

    /** The department's own 类 (one is drawn), then the 类 nearly every department has. */
    private static final List<String> MAIN = List.of("201", "204", "205", "207", "212", "213");
    private static final List<String> COMMON = List.of("208", "210", "221");

    private static final String[][] ENTITIES = {{"区财政局", "201"}, {"区公安分局", "204"}, {"区教育局", "205"},
            {"区文化和旅游局", "207"}, {"区城市管理局", "212"}, {"区农业农村局", "213"}, {"区人民政府办公室", "201"},
            {"区总工会", "201"}};
    private static final String[] PLACES = {"青山", "临江", "东湖", "西岭", "南川", "北塘", "安平", "云溪"};

    private static final String[][] PERSONNEL = {{"30101", "基本工资"}, {"30102", "津贴补贴"}, {"30103", "奖金"},
            {"30107", "绩效工资"}, {"30108", "机关事业单位基本养老保险缴费"}, {"30110", "职工基本医疗保险缴费"},
            {"30113", "住房公积金"}, {"30302", "退休费"}, {"30305", "生活补助"}};
    private static final String[][] PUBLIC = {{"30201", "办公费"}, {"30205", "水费"}, {"30206", "电费"}, {"30207", "邮电费"},
            {"30211", "差旅费"}, {"30213", "维修（护）费"}, {"30228", "工会经费"}, {"30299", "其他商品和服务支出"},
            {"31002", "办公设备购置"}};

    private final Map<String, String> leiNames;

    AccountsGenerator() {
        try (InputStream in = AccountsGenerator.class.getResourceAsStream("/org/auditor/vocabulary/classification.yaml")) {
            Map<?, ?> yaml = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            Map<String, String> names = new java.util.HashMap<>();
            ((Map<?, ?>) yaml.get("functional")).forEach((code, list) -> names.put(code.toString(), ((List<?>) list).get(0).toString()));
            this.leiNames = Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Accounts generate(Random r, int index) {
        String[] who = ENTITIES[index % ENTITIES.length];
        String entity = PLACES[(index / ENTITIES.length) % PLACES.length] + who[0];
        int year = 2019 + r.nextInt(6);
        List<String> codes = new ArrayList<>(List.of(who[1]));
        for (String c : COMMON) if (!codes.contains(c) && r.nextDouble() < 0.85) codes.add(c);
        if (codes.size() < 3) codes.add(COMMON.get(0));
        List<Lei> functions = new ArrayList<>();
        for (String code : codes.stream().sorted().toList()) {
            functions.add(lei(r, code, code.equals(who[1])));
        }
        // 基本支出 by 经济分类: 人员经费 and 公用经费 add up to the 基本支出 of the 功能分类 rows
        long basic = functions.stream().mapToLong(Lei::basic).sum();
        long personnelTotal = Math.round(basic * (0.70 + 0.15 * r.nextDouble()));
        List<Econ> personnel = econ(r, PERSONNEL, personnelTotal, 5 + r.nextInt(4));
        long publicTotal = basic - personnelTotal;

        String otherItem = functions.get(0).items().get(0).code();
        long business = r.nextDouble() < 0.4 ? Money.between(r, 5_000, 80_000) : 0;
        long other = Money.between(r, 300, 30_000);
        long carryIn = Money.between(r, 0, 20_000);
        long carryOut = Money.between(r, 0, 20_000);

        long reception = Money.between(r, 50, Math.max(100, publicTotal / 40));
        long carRun = Money.between(r, 200, Math.max(300, publicTotal / 12));
        long carBuy = r.nextDouble() < 0.3 ? Money.between(r, 1_000, 3_000) : 0;
        long abroad = Money.between(r, 100, 2_000);
        Accounts.SanGong sanGong = new Accounts.SanGong(budget(r, abroad), abroad, carBuy == 0 ? 0 : budget(r, carBuy), carBuy,
                budget(r, carRun), carRun, budget(r, reception), reception);
        // the 三公 items are 公用经费 items of table 06 (30212, 30217, 30231, 31013); the rest is spread over the others
        List<Econ> publicFunds = new ArrayList<>(econ(r, PUBLIC, publicTotal - sanGong.total(), 5 + r.nextInt(5)));
        publicFunds.add(new Econ("30212", "因公出国（境）费用", abroad));
        publicFunds.add(new Econ("30217", "公务接待费", reception));
        publicFunds.add(new Econ("30231", "公务用车运行维护费", carRun));
        if (carBuy > 0) publicFunds.add(new Econ("31013", "公务用车购置", carBuy));
        publicFunds.sort(java.util.Comparator.comparing(Econ::code));
        Accounts a = new Accounts(entity, year, functions, business, other, otherItem, carryIn, carryOut, personnel, publicFunds,
                sanGong, new Accounts.Priors(0, 0, 0));
        return new Accounts(entity, year, functions, business, other, otherItem, carryIn, carryOut, personnel, publicFunds, sanGong,
                new Accounts.Priors(Money.prior(r, a.grandTotal()), Money.prior(r, a.fiscalGrandTotal()), Money.prior(r, a.publicTotal())));
    }

    private static long budget(Random r, long actual) {
        return Math.round(actual * (1.0 + 0.3 * r.nextDouble()));
    }

    private Lei lei(Random r, String code, boolean main) {
        List<String[]> catalogue = CATALOGUE.get(code);
        int kuanCount = main ? 1 + r.nextInt(catalogue.size()) : 1;
        List<Kuan> kuan = new ArrayList<>();
        for (String[] k : catalogue.subList(0, kuanCount)) {
            int pairs = (k.length - 2) / 2;
            int n = main ? Math.max(2, 1 + r.nextInt(pairs)) : 1 + r.nextInt(pairs);
            n = Math.min(n, pairs);
            List<Xiang> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long scale = main ? 3_000_00 : 60_000;
                long basic = Money.between(r, scale / 10, scale);
                boolean running = k[3 + 2 * i].contains("运行") || code.compareTo("208") >= 0;
                long project = running ? 0 : Money.between(r, scale / 20, scale / 2);
                long actual = basic + project;
                long budget = Math.round(actual * (0.8 + 0.35 * r.nextDouble()));
                items.add(new Xiang(k[2 + 2 * i], k[3 + 2 * i], basic, project, budget));
            }
            kuan.add(new Kuan(k[0], k[1], items));
        }
        return new Lei(code, leiNames.get(code), kuan);
    }

    private static List<Econ> econ(Random r, String[][] catalogue, long total, int n) {
        n = Math.min(n, catalogue.length);
        List<Long> amounts = Money.split(r, total, n);
        List<Econ> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Econ(catalogue[i][0], catalogue[i][1], amounts.get(i)));
        return out;
    }
}
