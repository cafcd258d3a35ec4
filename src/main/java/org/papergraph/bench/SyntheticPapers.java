package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic synthetic papers: paper i of seed s is always the same, whatever else is generated,
 * because each paper draws from its own random stream. Titles are "Name: body" with a distinct
 * name per paper (so titles are distinct), abstracts are 4-9 corpus sentences in corpus order
 * (opening, middle, closing), with the source paper's own name replaced by the new one and decimal
 * numbers redrawn with the same shape.
 */
final class SyntheticPapers {
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final List<String> GIVEN = List.of("Wei", "Anna", "Rahul", "Maria", "Jun", "Sofia", "David", "Yuki",
        "Omar", "Elena", "Chen", "Lucas", "Priya", "Tom", "Hana", "Ivan", "Laura", "Kenji", "Fatima", "Marco",
        "Min-jun", "Sara", "Ahmed", "Julia", "Li", "Pierre", "Nadia", "Diego", "Mei", "Jonas");
    private static final List<String> FAMILY = List.of("Zhang", "Smith", "Kumar", "Garcia", "Wang", "Rossi", "Kim",
        "Tanaka", "Haddad", "Petrova", "Liu", "Silva", "Sharma", "Brown", "Sato", "Ivanov", "Martin", "Suzuki",
        "Khan", "Bianchi", "Park", "Cohen", "Hassan", "Schmidt", "Li", "Dubois", "Novak", "Lopez", "Chen", "Müller");
    private static final List<String> CATEGORIES = List.of("cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "cs.RO", "cs.IR", "eess.AS");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private final CorpusPool pool;
    private final SyntheticNames names;
    private final long seed;

    SyntheticPapers(CorpusPool pool, long seed) {
        this.pool = pool;
        this.names = new SyntheticNames(seed);
        this.seed = seed;
    }

    /** Paper number {@code index} (0-based) of this seed. */
    SyntheticPaper paper(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + 0x51ED27L)));
        String name = names.name(index);
        String title = name + ": " + pick(pool.titleBodies, random);
        StringBuilder text = new StringBuilder(sentence(pick(pool.openings, random), name, random));
        int middles = 2 + random.nextInt(6);
        for (int i = 0; i < middles; i++) text.append(' ').append(sentence(pick(pool.middles, random), name, random));
        text.append(' ').append(sentence(pick(pool.closings, random), name, random));
        List<SyntheticPaper.Author> authors = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--)
            authors.add(new SyntheticPaper.Author(pick(GIVEN, random), pick(FAMILY, random)));
        int month = (int) (index / 100_000 % 36);   // arXiv numbers papers within a month: yymm.nnnnn
        String id = String.format("%02d%02d.%05d", 23 + month / 12, month % 12 + 1, index % 100_000 + 1);
        String categories = pick(CATEGORIES, random) + (random.nextBoolean() ? " " + pick(CATEGORIES, random) : "");
        int day = 1 + random.nextInt(28);
        String created = String.format("%s, %d %s %d %02d:%02d:%02d GMT", DAYS[random.nextInt(7)], day, MONTHS[month % 12],
            2023 + month / 12, random.nextInt(24), random.nextInt(60), random.nextInt(60));
        String updated = String.format("%d-%02d-%02d", 2023 + month / 12, month % 12 + 1, day);
        return new SyntheticPaper(id, title, text.toString(), List.copyOf(authors), categories.strip(), created, updated);
    }

    /** A corpus sentence naming this paper's contribution instead of its source's, with fresh decimals. */
    private static String sentence(CorpusPool.PooledSentence s, String name, SplittableRandom random) {
        String text = s.ownName() == null ? s.text() : s.ownName().matcher(s.text()).replaceAll(Matcher.quoteReplacement(name));
        Matcher m = DECIMAL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, redraw(m.group(), random));
        m.appendTail(out);
        return out.toString();
    }

    /** A number with the same digits before and after the point as {@code decimal}. */
    private static String redraw(String decimal, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(decimal.length());
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            boolean leading = i == 0 && decimal.length() > 1 && decimal.charAt(1) != '.';
            sb.append(c == '.' ? '.' : (char) ('0' + (leading ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        return sb.toString();
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** A 64-bit finaliser (SplitMix64's), so nearby seeds and indexes give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
