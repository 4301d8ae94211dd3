package dev.rubric.core.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.rubric.core.quantity.Unit.Kind;

/**
 * Every unit, scale word and context word the parser knows, and how each spelling maps to a {@link Unit}.
 *
 * <p>Two tables: one case-sensitive for symbols whose case carries meaning ("ms" vs "Ms", "Gb" bits vs "GB"
 * bytes, "B" vs "b"), one case-insensitive for words and acronyms ("Seconds", "qps", "Users"). The case-sensitive
 * table is consulted first.
 *
 * <p>Conventions: a month is 30 days and a year 365 days (back-of-envelope arithmetic in design docs uses these);
 * KB/MB/GB are decimal (1000^n) and KiB/MiB/GiB binary (1024^n); a lower-case "kb/mb/gb" is read as bytes
 * (that is what people mean when they type it) while "Kb/Mb/Gb" is bits (the SI spelling).
 */
final class UnitTable {
    /** Number of distinct time units, for the rate-name cache. */
    static final int TIME_SLOTS = 10;

    private static final Map<String, Unit> EXACT = new HashMap<>();
    private static final Map<String, Unit> IGNORE_CASE = new HashMap<>();
    private static final Map<String, Integer> SCALE_EXACT = new HashMap<>();
    private static final Map<String, Integer> SCALE_WORDS = new HashMap<>();
    private static final Set<String> STOP_WORDS = new HashSet<>();
    private static final Map<String, ContextWord> CONTEXT_WORDS = new HashMap<>();
    private static final Map<String, Unit> ADVERBS = new HashMap<>();
    private static final Set<String> MODEL_WORDS = new HashSet<>();
    private static int nextId;

    /** What a word right before a number says about it. */
    enum ContextWord {
        /** "about 10 ms": approximate */
        APPROXIMATE,
        /** "top 10", "Section 3", "Python 3": the number is part of a name, not a quantity */
        LABEL,
        /** "in 2024", "Q3 2025": a four-digit number is a year */
        YEAR,
        /** "Kafka 3.6": a decimal is a version */
        PRODUCT,
        /** "between 10 and 20": "and" joins a range */
        BETWEEN,
        /** "on the order of 10k": approximate if the word before is "order" */
        OF
    }

    /** A unit written as several words; matched before single tokens. */
    record Phrase(String text, Unit unit) {
    }

    static final Unit MINUTE;
    static final Unit PERCENT_SIGN;
    static final Unit PERCENTILE;
    static final Unit RATIO_SIGN;
    static final Unit CENTS;
    static final Unit PARAMETERS;
    /** "300€": the euro sign written after the number, as in much of Europe. */
    static final Unit EURO_SIGN;
    static final Phrase[] PHRASES;

    /** "events/day" etc., built once per (noun, time unit) pair and then shared. */
    private static final String[] RATE_NAMES;

    static {
        // ---- time: canonical, per-word, factor to seconds
        time(0, "ns", "nanosecond", 1, 1e9, "ns", "nsec nsecs nanosecond nanoseconds");
        time(1, "µs", "microsecond", 1, 1e6, "µs μs us", "usec usecs µsec μsec microsecond microseconds");
        time(2, "ms", "millisecond", 1, 1e3, "ms", "msec msecs millis millisecond milliseconds");
        Unit second = time(3, "s", "second", 1, 1, "", "sec secs second seconds");
        put(EXACT, "s", withFlags(second, Unit.NOT_BEFORE_OF));
        MINUTE = time(4, "min", "minute", 60, 1, "", "min mins minute minutes");
        put(EXACT, "m", withFlags(MINUTE, Unit.DENOMINATOR_ONLY));
        time(5, "h", "hour", 3600, 1, "h", "hr hrs hour hours");
        Unit day = time(6, "day", "day", 86_400, 1, "", "day days");
        put(EXACT, "d", withFlags(day, Unit.ATTACHED_ONLY));
        time(7, "week", "week", 604_800, 1, "", "wk wks week weeks");
        Unit month = time(8, "month", "month", 2_592_000, 1, "", "month months");
        put(EXACT, "mo", withFlags(month, Unit.ATTACHED_ONLY));
        time(9, "year", "year", 31_536_000, 1, "", "yr yrs year years");

        // ---- data sizes
        unit("bit", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1, 8, 0, "", "bit bits");
        unit("Kb", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e3, 8, 0, "Kb", "kbit kbits kilobit kilobits");
        unit("Mb", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e6, 8, 0, "Mb", "mbit mbits megabit megabits");
        unit("Gb", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e9, 8, 0, "Gb", "gbit gbits gigabit gigabits");
        unit("Tb", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e12, 8, 0, "Tb", "tbit tbits terabit terabits");
        unit("B", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1, 1, Unit.BYTES_RATE_ONLY, "B", "");
        unit("B", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1, 1, 0, "", "byte bytes");
        unit("KB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e3, 1, 0, "KB kB kb", "kbyte kbytes kilobyte kilobytes");
        unit("MB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e6, 1, 0, "MB mb", "mbyte mbytes megabyte megabytes");
        unit("GB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e9, 1, 0, "GB gb", "gbyte gbytes gigabyte gigabytes");
        unit("TB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e12, 1, 0, "TB tb", "tbyte tbytes terabyte terabytes");
        unit("PB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e15, 1, 0, "PB pb", "petabyte petabytes");
        unit("EB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1e18, 1, 0, "EB", "exabyte exabytes");
        unit("KiB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1024d, 1, 0, "KiB", "kibibyte kibibytes");
        unit("MiB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1024d * 1024, 1, 0, "MiB", "mebibyte mebibytes");
        unit("GiB", Dimension.DATA_SIZE, Kind.DATA_SIZE, 1024d * 1024 * 1024, 1, 0, "GiB", "gibibyte gibibytes");
        unit("TiB", Dimension.DATA_SIZE, Kind.DATA_SIZE, Math.pow(1024, 4), 1, 0, "TiB", "tebibyte tebibytes");
        unit("PiB", Dimension.DATA_SIZE, Kind.DATA_SIZE, Math.pow(1024, 5), 1, 0, "PiB", "pebibyte pebibytes");

        // ---- complete data rates (compound ones such as "GB/s" are built by the matcher)
        // a bare "bps" is basis points (0.01 %: "chargebacks down 8 bps"); a bit rate is written Kbps and up
        unit("bps", Dimension.PERCENT, Kind.PERCENT, 1, 100, 0, "bps", "");
        unit("Kbps", Dimension.DATA_RATE, Kind.DATA_RATE, 1e3, 8, 0, "Kbps kbps", "");
        unit("Mbps", Dimension.DATA_RATE, Kind.DATA_RATE, 1e6, 8, 0, "Mbps mbps", "");
        unit("Gbps", Dimension.DATA_RATE, Kind.DATA_RATE, 1e9, 8, 0, "Gbps gbps", "");
        unit("Tbps", Dimension.DATA_RATE, Kind.DATA_RATE, 1e12, 8, 0, "Tbps", "");
        unit("MB/s", Dimension.DATA_RATE, Kind.DATA_RATE, 1e6, 1, 0, "MBps", "");
        unit("GB/s", Dimension.DATA_RATE, Kind.DATA_RATE, 1e9, 1, 0, "GBps", "");

        // ---- complete rates
        unit("QPS", Dimension.RATE, Kind.RATE, 1, 1, 0, "", "qps");
        unit("RPS", Dimension.RATE, Kind.RATE, 1, 1, 0, "", "rps");
        unit("TPS", Dimension.RATE, Kind.RATE, 1, 1, 0, "", "tps");
        unit("IOPS", Dimension.RATE, Kind.RATE, 1, 1, 0, "", "iops");
        unit("QPM", Dimension.RATE, Kind.RATE, 1, 60, 0, "", "qpm");
        unit("RPM", Dimension.RATE, Kind.RATE, 1, 60, 0, "", "rpm");
        unit("TPM", Dimension.RATE, Kind.RATE, 1, 60, 0, "", "tpm");
        unit("fps", Dimension.RATE, Kind.RATE, 1, 1, 0, "", "fps");
        unit("Hz", Dimension.RATE, Kind.RATE, 1, 1, 0, "Hz", "hertz");
        unit("kHz", Dimension.RATE, Kind.RATE, 1e3, 1, 0, "kHz", "");
        unit("MHz", Dimension.RATE, Kind.RATE, 1e6, 1, 0, "MHz", "");
        unit("GHz", Dimension.RATE, Kind.RATE, 1e9, 1, 0, "GHz", "");

        // ---- money written after the number ($, €, £ before it are handled by the scanner)
        // other currencies keep their code as unit and their amount as base value: no exchange rates here
        unit("USD", Dimension.MONEY, Kind.MONEY, 1, 1, 0, "", "usd dollar dollars");
        EURO_SIGN = unit("EUR", Dimension.MONEY, Kind.MONEY, 1, 1, 0, "", "eur euro euros");
        unit("GBP", Dimension.MONEY, Kind.MONEY, 1, 1, 0, "", "gbp");
        CENTS = unit("cents", Dimension.MONEY, Kind.MONEY, 1, 100, 0, "", "cent cents");

        // ---- percent, ratio, percentile
        PERCENT_SIGN = unit("%", Dimension.PERCENT, Kind.PERCENT, 1, 1, 0, "", "percent pct");
        RATIO_SIGN = unit("x", Dimension.RATIO, Kind.RATIO, 1, 1, Unit.ATTACHED_ONLY, "x X", "");
        unit("x", Dimension.RATIO, Kind.RATIO, 1, 1, 0, "", "fold");
        unit("x", Dimension.RATIO, Kind.TIMES, 1, 1, 0, "", "times");
        PERCENTILE = unit("p", Dimension.PERCENTILE, Kind.PERCENTILE, 1, 1, 0, "", "percentile percentiles pctl");

        // ---- counted nouns: "singular/plural"; canonical is the plural
        nouns(0, "user/users customer/customers account/accounts subscriber/subscribers visitor/visitors"
                + " session/sessions person/people tenant/tenants team/teams engineer/engineers"
                + " item/items product/products listing/listings video/videos photo/photos image/images"
                + " post/posts tweet/tweets document/documents doc/docs page/pages file/files object/objects"
                + " record/records row/rows entry/entries key/keys vector/vectors embedding/embeddings"
                + " sample/samples example/examples event/events"
                 + " query/queries call/calls click/clicks impression/impressions"
                + " view/views search/searches prediction/predictions inference/inferences write/writes"
                + " read/reads update/updates upload/uploads download/downloads login/logins signup/signups"
                + " frame/frames lookup/lookups hit/hits email/emails notification/notifications alert/alerts"
                + " batch/batches step/steps iteration/iterations epoch/epochs job/jobs task/tasks"
                + " shard/shards partition/partitions replica/replicas cluster/clusters region/regions"
                + " zone/zones datacenter/datacenters rack/racks core/cores thread/threads"
                + " connection/connections model/models feature/features layer/layers class/classes"
                + " label/labels device/devices camera/cameras sensor/sensors driver/drivers rider/riders"
                + " trip/trips ad/ads campaign/campaigns advertiser/advertisers creator/creators song/songs"
                + " track/tracks movie/movies article/articles comment/comments likes/likes review/reviews"
                + " rating/ratings candidate/candidates result/results retry/retries attempt/attempts"
                + " topic/topics queue/queues consumer/consumers producer/producers broker/brokers"
                + " bucket/buckets table/tables index/indexes column/columns category/categories"
                + " language/languages country/countries store/stores chunk/chunks passage/passages"
                + " prompt/prompts completion/completions conversation/conversations agent/agents"
                + " container/containers worker/workers pod/pods dim/dims dimension/dimensions AZ/AZs");
        nouns(0, "indices/indices");
        nouns(Unit.NOT_BEFORE_OF, "order/orders");
        nouns(Unit.HARDWARE, "node/nodes machine/machines server/servers host/hosts instance/instances"
                + " GPU/GPUs TPU/TPUs CPU/CPUs vCPU/vCPUs VM/VMs accelerator/accelerators chip/chips");
        noun("request", "requests", "requests", "req", 0, "req reqs request requests");
        noun("message", "messages", "messages", "messages", 0, "msg msgs");
        noun("operation", "ops", "ops", "ops", 0, "op ops operation operations");
        noun("transaction", "transactions", "transactions", "txn", 0, "txn txns");
        noun("token", "tokens", "tokens", "tokens", 0, "tok toks");
        PARAMETERS = noun("parameter", "parameters", "parameters", "parameters", Unit.NEVER_QUALIFIER,
                "param params parameter parameters");
        noun("DAU", "DAU", "DAU", "DAU", 0, "dau daus");
        noun("MAU", "MAU", "MAU", "MAU", 0, "mau maus");
        noun("WAU", "WAU", "WAU", "WAU", 0, "wau waus");
        noun("GPU-hour", "GPU-hours", "GPU-hours", "GPU-hours", 0, "gpu-hour gpu-hours");
        noun("node-hour", "node-hours", "node-hours", "node-hours", 0, "node-hour node-hours");
        noun("instance-hour", "instance-hours", "instance-hours", "instance-hours", 0, "instance-hour instance-hours");
        noun("core-hour", "core-hours", "core-hours", "core-hours", 0, "core-hour core-hours");
        // accelerators are counted by model name: "8 H100s", "8x A100". Singular so "8 H100 GPUs" means GPUs.
        for (String name : "H100 H200 H800 A100 A800 A10G A10 V100 T4 L4 L40S B100 B200 GB200 MI250X MI300X".split(" ")) {
            Unit u = add(name, Dimension.COUNT, Kind.COUNT, 1, 1, name, -1, Unit.HARDWARE | Unit.SINGULAR);
            put(EXACT, name, u);
            put(EXACT, name + "s", withFlags(u, Unit.HARDWARE));
        }

        Unit percentagePoints = add("pp", Dimension.PERCENT, Kind.PERCENT, 1, 1, "pp", -1, 0);
        PHRASES = new Phrase[] {
            new Phrase("daily active users", lookupWord("dau")),
            new Phrase("monthly active users", lookupWord("mau")),
            new Phrase("weekly active users", lookupWord("wau")),
            new Phrase("per cent", PERCENT_SIGN),
            new Phrase("business days", lookupWord("days")),
            new Phrase("business day", lookupWord("day")),
            new Phrase("working days", lookupWord("days")),
            new Phrase("calendar days", lookupWord("days")),
            new Phrase("percentage points", percentagePoints),
            new Phrase("percentage point", percentagePoints),
        };

        // ---- scales
        SCALE_EXACT.put("k", 3);
        SCALE_EXACT.put("K", 3);
        SCALE_EXACT.put("M", 6);
        SCALE_EXACT.put("m", 6);
        SCALE_EXACT.put("B", 9);
        SCALE_EXACT.put("bn", 9);
        SCALE_EXACT.put("Bn", 9);
        SCALE_EXACT.put("BN", 9);
        SCALE_EXACT.put("T", 12);
        SCALE_WORDS.put("thousand", 3);
        SCALE_WORDS.put("million", 6);
        SCALE_WORDS.put("billion", 9);
        SCALE_WORDS.put("trillion", 12);

        words(STOP_WORDS, "a an the of to in on at for per and or by with from is are was were be been as than"
                + " that this these those it its each every into over under about via vs if so but not no we"
                + " our you they their all any some more most less");
        contextWords(ContextWord.APPROXIMATE, "about roughly around approximately approx nearly almost circa ca est estimated");
        // a number right after one of these is a label, not a measurement: "top 10 items", "Section 3 users"
        contextWords(ContextWord.LABEL, "top bottom version ver v python java jdk pytorch pt cuda ubuntu debian ios android"
                + " rfc kep pep section chapter figure fig table step phase stage tier level gen generation"
                + " round http status code port issue pr ticket priority sev severity rule line page item"
                + " question option chart slide appendix milestone sprint iteration epoch");
        // a four-digit number after one of these is a year: "in 2024 users grew", "Q3 2025"
        contextWords(ContextWord.YEAR, "in since until till during by q1 q2 q3 q4 h1 h2 fy early mid late jan january feb"
                + " february mar march apr april may jun june jul july aug august sep sept september oct"
                + " october nov november dec december");
        // a decimal after one of these is its version: "Kafka 3.6 brokers", "TLS 1.3 connections"
        contextWords(ContextWord.PRODUCT, "go golang rust node nodejs ruby scala kotlin swift php perl spark kafka flink"
                + " postgres postgresql mysql redis elasticsearch cassandra mongodb kubernetes docker terraform"
                + " windows macos linux centos rhel chrome firefox safari tls ssl tensorflow jax onnx triton vllm"
                + " llama gpt bert claude gemini mistral qwen");
        contextWords(ContextWord.BETWEEN, "between");
        contextWords(ContextWord.OF, "of");
        ADVERBS.put("hourly", lookupWord("hour"));
        ADVERBS.put("daily", lookupWord("day"));
        ADVERBS.put("nightly", lookupWord("day"));
        ADVERBS.put("weekly", lookupWord("week"));
        ADVERBS.put("monthly", lookupWord("month"));
        ADVERBS.put("yearly", lookupWord("year"));
        ADVERBS.put("annually", lookupWord("year"));
        // "a 70B model": the scale says billions, the noun says what of
        words(MODEL_WORDS, "model llm transformer checkpoint");

        RATE_NAMES = new String[(nextId + 1) * TIME_SLOTS];
    }

    private UnitTable() {
    }

    // ------------------------------------------------------------------ lookups

    /** The unit spelled by {@code text[start, end)}, or null. */
    static Unit lookup(RegionKey key, CharSequence text, int start, int end) {
        Unit u = EXACT.get(key.set(text, start, end, false));
        return u != null ? u : IGNORE_CASE.get(key.set(text, start, end, true));
    }

    /** The power of ten of a scale token ("k" 3, "million" 6), or -1. */
    static int scaleExponent(RegionKey key, CharSequence text, int start, int end) {
        Integer e = SCALE_EXACT.get(key.set(text, start, end, false));
        if (e == null) e = SCALE_WORDS.get(key.set(text, start, end, true));
        return e == null ? -1 : e;
    }

    static boolean isStopWord(RegionKey key, CharSequence text, int start, int end) {
        return STOP_WORDS.contains(key.set(text, start, end, true));
    }

    /** What the word {@code text[start, end)} before a number says about it, or null. */
    static ContextWord contextWord(RegionKey key, CharSequence text, int start, int end) {
        return CONTEXT_WORDS.get(key.set(text, start, end, true));
    }

    static boolean isModelWord(RegionKey key, CharSequence text, int start, int end) {
        return MODEL_WORDS.contains(key.set(text, start, end, true));
    }

    /** The time unit an adverb stands for ("daily" → day), or null. */
    static Unit adverb(RegionKey key, CharSequence text, int start, int end) {
        return ADVERBS.get(key.set(text, start, end, true));
    }

    /**
     * The name of "{@code head} per {@code time}": "req/s", "events/day", "GB/s", "times/day", or "/s" when
     * there is no head ("100/s"). Built once per pair.
     */
    static String rateName(Unit head, Unit time) {
        int index = (head == null ? 0 : head.id() + 1) * TIME_SLOTS + time.slot();
        String name = RATE_NAMES[index];
        if (name == null) {
            String prefix = head == null ? "" : head.kind() == Kind.TIMES ? "times" : head.alt();
            name = prefix + "/" + time.canonical();
            RATE_NAMES[index] = name; // racy but benign: strings are immutable and equal
        }
        return name;
    }

    // ------------------------------------------------------------------ building

    private static Unit lookupWord(String word) {
        return IGNORE_CASE.get(word);
    }

    private static Unit add(String canonical, Dimension d, Kind kind, double mul, double div, String alt, int slot,
                            int flags) {
        return new Unit(nextId++, canonical, d, kind, mul, div, alt, slot, flags);
    }

    /** A copy of {@code u} with extra flags; shares the id so derived names are shared too. */
    private static Unit withFlags(Unit u, int flags) {
        return new Unit(u.id(), u.canonical(), u.dimension(), u.kind(), u.mul(), u.div(), u.alt(), u.slot(),
                u.flags() | flags);
    }

    private static Unit time(int slot, String canonical, String perWord, double mul, double div, String exact,
                             String ignoreCase) {
        Unit u = add(canonical, Dimension.TIME, Kind.TIME, mul, div, perWord, slot, 0);
        spellings(u, exact, ignoreCase);
        return u;
    }

    private static Unit unit(String canonical, Dimension d, Kind kind, double mul, double div, int flags,
                             String exact, String ignoreCase) {
        Unit u = add(canonical, d, kind, mul, div, canonical, -1, flags);
        spellings(u, exact, ignoreCase);
        return u;
    }

    private static void nouns(int flags, String pairs) {
        for (String pair : pairs.split(" ")) {
            int slash = pair.indexOf('/');
            String singular = pair.substring(0, slash);
            String plural = pair.substring(slash + 1);
            noun(singular, plural, plural, plural, flags, "");
        }
    }

    /** A counted noun; both spellings are registered case-insensitively, the singular flagged as such. */
    private static Unit noun(String singular, String plural, String canonical, String rateName, int flags,
                             String moreSpellings) {
        Unit pluralUnit = add(canonical, Dimension.COUNT, Kind.COUNT, 1, 1, rateName, -1, flags);
        Unit singularUnit = withFlags(pluralUnit, Unit.SINGULAR);
        put(IGNORE_CASE, plural.toLowerCase(Locale.ROOT), pluralUnit);
        if (!singular.equals(plural)) put(IGNORE_CASE, singular.toLowerCase(Locale.ROOT), singularUnit);
        for (String s : moreSpellings.split(" ")) {
            if (s.isEmpty()) continue;
            String lower = s.toLowerCase(Locale.ROOT);
            boolean isSingular = !lower.equals(plural.toLowerCase(Locale.ROOT))
                    && (lower.equals(singular.toLowerCase(Locale.ROOT)) || !lower.endsWith("s"));
            put(IGNORE_CASE, lower, isSingular ? singularUnit : pluralUnit);
        }
        return pluralUnit;
    }

    private static void spellings(Unit u, String exact, String ignoreCase) {
        for (String s : exact.split(" ")) {
            if (!s.isEmpty()) put(EXACT, s, u);
        }
        for (String s : ignoreCase.split(" ")) {
            if (!s.isEmpty()) put(IGNORE_CASE, s.toLowerCase(Locale.ROOT), u);
        }
    }

    private static void put(Map<String, Unit> map, String spelling, Unit u) {
        Unit previous = map.put(spelling, u);
        if (previous != null && previous != u && previous.id() != u.id()) {
            throw new IllegalStateException("unit spelling registered twice: " + spelling);
        }
    }

    private static void words(Set<String> set, String words) {
        for (String w : words.split(" ")) set.add(w.toLowerCase(Locale.ROOT));
    }

    private static void contextWords(ContextWord meaning, String words) {
        for (String w : words.split(" ")) {
            ContextWord previous = CONTEXT_WORDS.put(w.toLowerCase(Locale.ROOT), meaning);
            if (previous != null) throw new IllegalStateException("context word listed twice: " + w);
        }
    }
}
