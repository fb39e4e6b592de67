/*
 * Stand-in for Elasticsearch's "analysis-common" module.
 *
 * The Elasticsearch integration-test distribution on Maven Central
 * (org.elasticsearch.distribution.integ-test-zip:elasticsearch) ships only the
 * server, transport-netty4 and x-pack core/security: the analysis-common module
 * (language analyzers, asciifolding, ngram, synonym_graph, whitespace and
 * lowercase tokenizers, html_strip, ...) is missing, so Wagtail's index
 * settings and our Norwegian/Swedish analyzers would be rejected.
 *
 * This plugin registers the commonly used analysis-common components under
 * their Elasticsearch names, built from the Lucene classes that the
 * distribution already ships (lucene-analysis-common). It is compiled against
 * the unpacked distribution by scripts/services/elasticsearch.sh; there is no
 * build step elsewhere. Production uses a real Elasticsearch where these
 * names come from analysis-common itself.
 *
 * It also answers "GET /" and "HEAD /" (the rest-root module is missing too),
 * so that clients' info() and ping() work.
 */
package portal.esanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeepWordFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.path.PathHierarchyTokenizer;
import org.apache.lucene.analysis.path.ReversePathHierarchyTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.pattern.SimplePatternSplitTokenizer;
import org.apache.lucene.analysis.pattern.SimplePatternTokenizer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.classic.ClassicFilter;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

public class PortalAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    // ------------------------------------------------------------- GET / (info)
    // The integ-test zip also lacks the rest-root module, so "GET /" (client.info(),
    // client.ping()) answers 405. Serve the usual body here.

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(Settings settings, NamedWriteableRegistry registry, RestController controller,
            ClusterSettings clusterSettings, IndexScopedSettings indexScopedSettings, SettingsFilter settingsFilter,
            IndexNameExpressionResolver resolver, Supplier<DiscoveryNodes> nodes, Predicate<NodeFeature> features) {
        return List.of(new BaseRestHandler() {
            public String getName() { return "portal_main_action"; }

            public List<Route> routes() { return List.of(new Route(GET, "/"), new Route(HEAD, "/")); }

            protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
                return channel -> {
                    ClusterService cs = clusterService;
                    Build build = Build.current();
                    XContentBuilder b = channel.newBuilder();
                    b.startObject();
                    b.field("name", cs == null ? settings.get("node.name", "") : cs.getNodeName());
                    b.field("cluster_name", settings.get("cluster.name", "elasticsearch"));
                    b.field("cluster_uuid", cs == null ? "_na_" : cs.state().metadata().clusterUUID());
                    b.startObject("version")
                        .field("number", build.qualifiedVersion())
                        .field("build_flavor", build.flavor())
                        .field("build_type", build.type().displayName())
                        .field("build_hash", build.hash())
                        .field("build_date", build.date())
                        .field("build_snapshot", build.isSnapshot())
                        .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                        .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                        .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                        .endObject();
                    b.field("tagline", "You Know, for Search");
                    b.endObject();
                    channel.sendResponse(new RestResponse(RestStatus.OK, b));
                };
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> f) {
        return new TokenFilterFactory() {
            public String name() { return name; }
            public TokenStream create(TokenStream ts) { return f.apply(ts); }
        };
    }

    /** A filter that is also allowed in normalizers (keyword fields, wildcard terms). */
    static TokenFilterFactory normalizing(String name, UnaryOperator<TokenStream> f, UnaryOperator<TokenStream> norm) {
        return new NormalizingTokenFilterFactory() {
            public String name() { return name; }
            public TokenStream create(TokenStream ts) { return f.apply(ts); }
            public TokenStream normalize(TokenStream ts) { return norm.apply(ts); }
        };
    }

    static TokenFilterFactory normalizing(String name, UnaryOperator<TokenStream> f) {
        return normalizing(name, f, f);
    }

    /** A filter that must not take part in parsing synonym rules. */
    static TokenFilterFactory notForSynonyms(String name, UnaryOperator<TokenStream> f) {
        return new TokenFilterFactory() {
            public String name() { return name; }
            public TokenStream create(TokenStream ts) { return f.apply(ts); }
            public TokenFilterFactory getSynonymFilter() { return IDENTITY_FILTER; }
        };
    }

    static CharFilterFactory charFilter(String name, Function<Reader, Reader> f, boolean normalizing) {
        if (normalizing) {
            return new NormalizingCharFilterFactory() {
                public String name() { return name; }
                public Reader create(Reader r) { return f.apply(r); }
            };
        }
        return new CharFilterFactory() {
            public String name() { return name; }
            public Reader create(Reader r) { return f.apply(r); }
        };
    }

    /**
     * Providers that do not require settings are instantiated with empty settings for every
     * index, so any provider that rejects empty settings must be wrapped in this.
     */
    static <T> AnalysisProvider<T> needsSettings(AnalysisProvider<T> p) {
        return AnalysisPlugin.requiresAnalysisSettings(p);
    }

    static RuntimeException bad(String msg) {
        return new IllegalArgumentException(msg);
    }

    static void checkNgramDiff(IndexSettings is, int min, int max, String what) {
        int maxAllowed = is.getMaxNgramDiff();
        if (max - min > maxAllowed) {
            throw bad("The difference between max_gram and min_gram in " + what + " must be less than or equal to: ["
                + maxAllowed + "] but was [" + (max - min) + "]. This limit can be set by changing the ["
                + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting.");
        }
    }

    static Pattern pattern(Settings s, String key, String def, String flagsKey) {
        String p = s.get(key, def);
        if (p == null) throw bad(key + " is missing");
        int flags = 0;
        String fs = flagsKey == null ? null : s.get(flagsKey);
        if (fs != null && fs.isBlank() == false) {
            for (String f : fs.split("\\|")) {
                try {
                    flags |= Pattern.class.getField(f.trim().toUpperCase(Locale.ROOT)).getInt(null);
                } catch (ReflectiveOperationException e) {
                    throw bad("Unknown regex flag [" + f + "]");
                }
            }
        }
        return Pattern.compile(p, flags);
    }

    static IntPredicate charClasses(List<String> classes, String custom) {
        IntPredicate result = c -> false;
        for (String cls : classes) {
            IntPredicate p;
            switch (cls.toLowerCase(Locale.ROOT)) {
                case "letter": p = Character::isLetter; break;
                case "digit": p = Character::isDigit; break;
                case "whitespace": p = Character::isWhitespace; break;
                case "punctuation": p = c -> {
                    int t = Character.getType(c);
                    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                        || t == Character.END_PUNCTUATION || t == Character.START_PUNCTUATION
                        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                        || t == Character.OTHER_PUNCTUATION;
                }; break;
                case "symbol": p = c -> {
                    int t = Character.getType(c);
                    return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                        || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
                }; break;
                case "custom": {
                    if (custom == null) throw bad("Token type: [custom] requires setting `custom_token_chars`");
                    Set<Integer> cps = new HashSet<>();
                    custom.codePoints().forEach(cps::add);
                    p = cps::contains;
                    break;
                }
                default: throw bad("Unknown token type: '" + cls + "'");
            }
            result = result.or(p);
        }
        return result;
    }

    /** ES "lowercase" tokenizer: letters only, lowercased (Lucene removed LowerCaseTokenizer). */
    static final class LowerCaseLetterTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final int maxLen;
        private int pos = 0, finalOffset = 0, pending = -2;

        LowerCaseLetterTokenizer(int maxLen) { this.maxLen = maxLen; }

        private int read() throws IOException {
            if (pending != -2) { int c = pending; pending = -2; return c; }
            int c = input.read();
            if (c >= 0 && Character.isHighSurrogate((char) c)) {
                int d = input.read();
                if (d >= 0 && Character.isLowSurrogate((char) d)) return Character.toCodePoint((char) c, (char) d);
                pending = d;
            }
            return c;
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            int start = -1, end = 0, len = 0;
            while (true) {
                int c = read();
                if (c < 0) {
                    finalOffset = correctOffset(pos);
                    if (len == 0) return false;
                    break;
                }
                int width = Character.charCount(c);
                if (Character.isLetter(c)) {
                    if (len == 0) start = pos;
                    char[] buf = term.resizeBuffer(len + 2);
                    len += Character.toChars(Character.toLowerCase(c), buf, len);
                    term.setLength(len);
                    pos += width;
                    end = pos;
                    if (len >= maxLen) break;
                } else {
                    pos += width;
                    if (len > 0) break;
                }
            }
            term.setLength(len);
            offset.setOffset(correctOffset(start), correctOffset(end));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pos = 0; finalOffset = 0; pending = -2;
        }
    }

    /** ES "unique" filter (only_on_same_position=false): drop any term already seen. */
    static final class UniqueFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet seen = new CharArraySet(8, false);

        UniqueFilter(TokenStream in) { super(in); }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] t = term.buffer();
                int len = term.length();
                if (seen.contains(t, 0, len) == false) {
                    char[] copy = new char[len];
                    System.arraycopy(t, 0, copy, 0, len);
                    seen.add(copy);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            seen.clear();
        }
    }

    static TokenStream stemmer(TokenStream ts, String language) {
        switch (language.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "english":
            case "porter": return new PorterStemFilter(ts);
            case "light_english":
            case "kstem": return new KStemFilter(ts);
            case "minimal_english": return new EnglishMinimalStemFilter(ts);
            case "possessive_english": return new EnglishPossessiveFilter(ts);
            case "porter2": return new SnowballFilter(ts, "English");
            case "light_norwegian": return new NorwegianLightStemFilter(ts, NorwegianLightStemmer.BOKMAAL);
            case "minimal_norwegian": return new NorwegianMinimalStemFilter(ts, NorwegianLightStemmer.BOKMAAL);
            case "light_nynorsk": return new NorwegianLightStemFilter(ts, NorwegianLightStemmer.NYNORSK);
            case "minimal_nynorsk": return new NorwegianMinimalStemFilter(ts, NorwegianLightStemmer.NYNORSK);
            case "light_swedish": return new SwedishLightStemFilter(ts);
            default: {
                String l = language.toLowerCase(Locale.ROOT);
                String snow = Character.toUpperCase(l.charAt(0)) + l.substring(1);
                try {
                    Class.forName("org.tartarus.snowball.ext." + snow + "Stemmer");
                } catch (ClassNotFoundException e) {
                    throw bad("Unknown stemmer language [" + language + "]");
                }
                return new SnowballFilter(ts, snow);
            }
        }
    }

    static NormalizeCharMap parseMappings(List<String> rules) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        Pattern rule = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");
        for (String r : rules) {
            var m = rule.matcher(r);
            if (m.find() == false) throw bad("Invalid Mapping Rule : [" + r + "]");
            String lhs = unescape(m.group(1).trim()), rhs = unescape(m.group(2).trim());
            if (lhs.isEmpty()) throw bad("Invalid Mapping Rule : [" + r + "]. Replaced string cannot be empty");
            b.add(lhs, rhs);
        }
        return b.build();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case 'r': out.append('\r'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                        break;
                    default: out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ----------------------------------------------------------- synonyms

    /** synonym / synonym_graph: the rules are analysed with the chain that precedes the filter. */
    static final class SynonymFactory implements TokenFilterFactory {
        final String name;
        final Settings settings;
        final Environment env;
        final boolean graph;
        final SynonymMap map;

        SynonymFactory(String name, Settings settings, Environment env, boolean graph, SynonymMap map) {
            this.name = name; this.settings = settings; this.env = env; this.graph = graph; this.map = map;
            if (settings.get("synonyms_set") != null) {
                throw bad("synonyms_set (synonyms API) is not supported by this test node; use synonyms or synonyms_path");
            }
            if (settings.get("synonyms") == null && settings.get("synonyms_path") == null) {
                throw bad("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
            }
        }

        public String name() { return name; }

        public TokenStream create(TokenStream ts) {
            if (map == null) throw new IllegalStateException("synonym filter [" + name + "] was not built for its analysis chain");
            if (map.fst == null) return ts;
            return graph ? new SynonymGraphFilter(ts, map, false) : new SynonymFilter(ts, map, false);
        }

        public AnalysisMode getAnalysisMode() {
            return settings.getAsBoolean("updateable", false) ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
        }

        public TokenFilterFactory getSynonymFilter() { return IDENTITY_FILTER; }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(IndexService.IndexCreationContext ctx, TokenizerFactory tokenizer,
                List<CharFilterFactory> charFilters, List<TokenFilterFactory> previous,
                Function<String, TokenFilterFactory> allFilters) {
            List<TokenFilterFactory> chain = new ArrayList<>();
            for (TokenFilterFactory f : previous) chain.add(f.getSynonymFilter());
            Analyzer analyzer = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer t = tokenizer.create();
                    TokenStream ts = t;
                    for (TokenFilterFactory f : chain) ts = f.create(ts);
                    return new TokenStreamComponents(t, ts);
                }

                @Override
                protected Reader initReader(String field, Reader reader) {
                    for (CharFilterFactory cf : charFilters) reader = cf.create(reader);
                    return reader;
                }
            };
            try {
                return new SynonymFactory(name, settings, env, graph, buildMap(analyzer));
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("failed to build synonyms for [" + name + "]: " + e.getMessage(), e);
            }
        }

        SynonymMap buildMap(Analyzer analyzer) throws IOException, ParseException {
            String rules;
            if (settings.get("synonyms") != null) {
                rules = String.join("\n", settings.getAsList("synonyms"));
            } else {
                StringBuilder sb = new StringBuilder();
                try (Reader r = Analysis.getReaderFromFile(env, settings.get("synonyms_path"), "synonyms_path")) {
                    char[] buf = new char[8192];
                    int n;
                    while ((n = r.read(buf)) > 0) sb.append(buf, 0, n);
                }
                rules = sb.toString();
            }
            boolean expand = settings.getAsBoolean("expand", true);
            boolean lenient = settings.getAsBoolean("lenient", false);
            boolean wordnet = "wordnet".equalsIgnoreCase(settings.get("format", ""));
            if (lenient) {
                // Parse rule by rule and drop the ones that fail (ES skips invalid rules when lenient).
                SynonymMap.Builder merged = wordnet ? new WordnetSynonymParser(true, expand, analyzer)
                    : new SolrSynonymParser(true, expand, analyzer);
                for (String line : rules.split("\n")) {
                    SynonymMap.Parser probe = wordnet ? new WordnetSynonymParser(true, expand, analyzer)
                        : new SolrSynonymParser(true, expand, analyzer);
                    try {
                        probe.parse(new StringReader(line));
                    } catch (Exception e) {
                        continue;
                    }
                    ((SynonymMap.Parser) merged).parse(new StringReader(line));
                }
                return merged.build();
            }
            SynonymMap.Parser parser = wordnet ? new WordnetSynonymParser(true, expand, analyzer)
                : new SolrSynonymParser(true, expand, analyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        }
    }

    // ---------------------------------------------------------- token filters

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> m = new TreeMap<>();
        m.put("asciifolding", (is, env, name, s) -> {
            boolean po = s.getAsBoolean("preserve_original", false);
            return normalizing(name, ts -> new ASCIIFoldingFilter(ts, po), ts -> new ASCIIFoldingFilter(ts, false));
        });
        m.put("lowercase", (is, env, name, s) -> {
            String lang = s.get("language", "");
            switch (lang.toLowerCase(Locale.ROOT)) {
                case "": return normalizing(name, LowerCaseFilter::new);
                case "greek": return normalizing(name, GreekLowerCaseFilter::new);
                case "irish": return normalizing(name, IrishLowerCaseFilter::new);
                case "turkish": return normalizing(name, TurkishLowerCaseFilter::new);
                default: throw bad("language [" + lang + "] not support for lower case");
            }
        });
        m.put("uppercase", (is, env, name, s) -> normalizing(name, UpperCaseFilter::new));
        m.put("ngram", (is, env, name, s) -> {
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            boolean po = s.getAsBoolean("preserve_original", false);
            checkNgramDiff(is, min, max, "NGram Tokenizer");
            return filter(name, ts -> new NGramTokenFilter(ts, min, max, po));
        });
        m.put("edge_ngram", (is, env, name, s) -> {
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            boolean po = s.getAsBoolean("preserve_original", false);
            boolean back = "back".equalsIgnoreCase(s.get("side", "front"));
            return filter(name, ts -> back
                ? new ReverseStringFilter(new EdgeNGramTokenFilter(new ReverseStringFilter(ts), min, max, po))
                : new EdgeNGramTokenFilter(ts, min, max, po));
        });
        m.put("synonym", needsSettings((is, env, name, s) -> new SynonymFactory(name, s, env, false, null)));
        m.put("synonym_graph", needsSettings((is, env, name, s) -> new SynonymFactory(name, s, env, true, null)));
        m.put("stemmer", (is, env, name, s) -> {
            String lang = s.get("language", s.get("name", "english"));
            stemmer(new KeywordTokenizer(), lang); // validate eagerly
            return filter(name, ts -> stemmer(ts, lang));
        });
        m.put("snowball", (is, env, name, s) -> {
            String lang = s.get("language", "English");
            return filter(name, ts -> new SnowballFilter(ts, lang));
        });
        m.put("porter_stem", (is, env, name, s) -> filter(name, PorterStemFilter::new));
        m.put("kstem", (is, env, name, s) -> filter(name, KStemFilter::new));
        m.put("stemmer_override", needsSettings((is, env, name, s) -> {
            List<String> rules = Analysis.getWordList(env, s, "rules");
            if (rules == null) throw bad("stemmer override filter requires either `rules` or `rules_path` to be configured");
            StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
            for (String rule : rules) {
                String[] sides = rule.split("=>");
                if (sides.length != 2) throw bad("Invalid Keyword override Rule:" + rule);
                String out = sides[1].trim();
                for (String key : sides[0].split(",")) {
                    if (key.trim().isEmpty() || out.isEmpty()) throw bad("Invalid Keyword override Rule:" + rule);
                    b.add(key.trim(), out);
                }
            }
            StemmerOverrideFilter.StemmerOverrideMap map = b.build();
            return filter(name, ts -> new StemmerOverrideFilter(ts, map));
        }));
        m.put("keyword_marker", needsSettings((is, env, name, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            String pat = s.get("keywords_pattern");
            if (pat != null) {
                Pattern p = Pattern.compile(pat);
                return filter(name, ts -> new PatternKeywordMarkerFilter(ts, p));
            }
            CharArraySet words = Analysis.getWordSet(env, s, "keywords");
            if (words == null) throw bad("keyword filter requires either `keywords`, `keywords_path`, or `keywords_pattern` to be configured");
            CharArraySet set = new CharArraySet(words, ignoreCase);
            return filter(name, ts -> new SetKeywordMarkerFilter(ts, set));
        }));
        m.put("keyword_repeat", (is, env, name, s) -> filter(name, KeywordRepeatFilter::new));
        m.put("remove_duplicates", (is, env, name, s) -> filter(name, RemoveDuplicatesTokenFilter::new));
        m.put("unique", (is, env, name, s) -> s.getAsBoolean("only_on_same_position", false)
            ? filter(name, RemoveDuplicatesTokenFilter::new) : filter(name, UniqueFilter::new));
        m.put("elision", needsSettings((is, env, name, s) -> {
            CharArraySet articles = Analysis.parseArticles(env, s);
            if (articles == null) throw bad("elision filter requires [articles] or [articles_path] setting");
            return normalizing(name, ts -> new ElisionFilter(ts, articles));
        }));
        m.put("scandinavian_normalization", (is, env, name, s) -> normalizing(name, ScandinavianNormalizationFilter::new));
        m.put("scandinavian_folding", (is, env, name, s) -> normalizing(name, ScandinavianFoldingFilter::new));
        m.put("german_normalization", (is, env, name, s) -> normalizing(name, GermanNormalizationFilter::new));
        m.put("decimal_digit", (is, env, name, s) -> normalizing(name, DecimalDigitFilter::new));
        m.put("classic", (is, env, name, s) -> filter(name, ClassicFilter::new));
        m.put("reverse", (is, env, name, s) -> filter(name, ReverseStringFilter::new));
        m.put("trim", (is, env, name, s) -> normalizing(name, TrimFilter::new));
        m.put("flatten_graph", (is, env, name, s) -> filter(name, FlattenGraphFilter::new));
        m.put("truncate", (is, env, name, s) -> {
            int len = s.getAsInt("length", 10);
            if (len <= 0) throw bad("length parameter must be provided");
            return filter(name, ts -> new TruncateTokenFilter(ts, len));
        });
        m.put("length", (is, env, name, s) -> {
            int min = s.getAsInt("min", 0), max = s.getAsInt("max", Integer.MAX_VALUE);
            return filter(name, ts -> new LengthFilter(ts, min, max));
        });
        m.put("limit", (is, env, name, s) -> {
            int max = s.getAsInt("max_token_count", 1);
            boolean all = s.getAsBoolean("consume_all_tokens", false);
            return filter(name, ts -> new LimitTokenCountFilter(ts, max, all));
        });
        m.put("pattern_replace", needsSettings((is, env, name, s) -> {
            Pattern p = pattern(s, "pattern", null, null);
            String rep = s.get("replacement", "");
            boolean all = s.getAsBoolean("all", true);
            return normalizing(name, ts -> new PatternReplaceFilter(ts, p, rep, all));
        }));
        m.put("keep", needsSettings((is, env, name, s) -> {
            CharArraySet words = Analysis.getWordSet(env, s, "keep_words");
            if (words == null) throw bad("keep requires either `keep_words` or `keep_words_path` to be configured");
            CharArraySet set = new CharArraySet(words, s.getAsBoolean("keep_words_case", false));
            return filter(name, ts -> new KeepWordFilter(ts, set));
        }));
        m.put("dictionary_decompounder", needsSettings((is, env, name, s) -> {
            CharArraySet words = Analysis.getWordSet(env, s, "word_list");
            if (words == null) throw bad("word_list must be provided for [" + name + "], either as a path to a file, or directly");
            int minWord = s.getAsInt("min_word_size", 5), minSub = s.getAsInt("min_subword_size", 2);
            int maxSub = s.getAsInt("max_subword_size", 15);
            boolean longest = s.getAsBoolean("only_longest_match", false);
            return filter(name, ts -> new DictionaryCompoundWordTokenFilter(ts, words, minWord, minSub, maxSub, longest));
        }));
        m.put("hyphenation_decompounder", needsSettings((is, env, name, s) -> {
            String path = s.get("hyphenation_patterns_path");
            if (path == null) throw bad("hyphenation_patterns_path is a required setting.");
            Path file = env.configDir().resolve(path);
            HyphenationTree tree = HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(file.toUri().toString()));
            CharArraySet words = Analysis.getWordSet(env, s, "word_list");
            int minWord = s.getAsInt("min_word_size", 5), minSub = s.getAsInt("min_subword_size", 2);
            int maxSub = s.getAsInt("max_subword_size", 15);
            boolean longest = s.getAsBoolean("only_longest_match", false);
            return filter(name, ts -> new HyphenationCompoundWordTokenFilter(ts, tree, words, minWord, minSub, maxSub, longest));
        }));
        AnalysisProvider<TokenFilterFactory> wdg = (is, env, name, s) -> {
            int flags = 0;
            if (s.getAsBoolean("generate_word_parts", true)) flags |= WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
            if (s.getAsBoolean("generate_number_parts", true)) flags |= WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
            if (s.getAsBoolean("catenate_words", false)) flags |= WordDelimiterGraphFilter.CATENATE_WORDS;
            if (s.getAsBoolean("catenate_numbers", false)) flags |= WordDelimiterGraphFilter.CATENATE_NUMBERS;
            if (s.getAsBoolean("catenate_all", false)) flags |= WordDelimiterGraphFilter.CATENATE_ALL;
            if (s.getAsBoolean("split_on_case_change", true)) flags |= WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
            if (s.getAsBoolean("preserve_original", false)) flags |= WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
            if (s.getAsBoolean("split_on_numerics", true)) flags |= WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
            if (s.getAsBoolean("stem_english_possessive", true)) flags |= WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
            CharArraySet prot = Analysis.getWordSet(env, s, "protected_words");
            boolean adjust = s.getAsBoolean("adjust_offsets", true);
            int f = flags;
            return notForSynonyms(name, ts -> new WordDelimiterGraphFilter(ts, adjust,
                WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, f, prot));
        };
        m.put("word_delimiter_graph", wdg);
        m.put("word_delimiter", wdg);
        return m;
    }

    // --------------------------------------------------------------- tokenizers

    static AnalysisProvider<TokenizerFactory> tokenizer(Function<Settings, Supplier<Tokenizer>> f) {
        return (is, env, name, s) -> TokenizerFactory.newFactory(name, f.apply(s));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> m = new TreeMap<>();
        m.put("whitespace", tokenizer(s -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> new WhitespaceTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, max);
        }));
        m.put("keyword", tokenizer(s -> {
            int buf = s.getAsInt("buffer_size", 256);
            return () -> new KeywordTokenizer(buf);
        }));
        m.put("letter", tokenizer(s -> LetterTokenizer::new));
        m.put("lowercase", tokenizer(s -> () -> new LowerCaseLetterTokenizer(255)));
        m.put("classic", tokenizer(s -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> { ClassicTokenizer t = new ClassicTokenizer(); t.setMaxTokenLength(max); return t; };
        }));
        m.put("uax_url_email", tokenizer(s -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> { UAX29URLEmailTokenizer t = new UAX29URLEmailTokenizer(); t.setMaxTokenLength(max); return t; };
        }));
        m.put("ngram", (is, env, name, s) -> {
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            checkNgramDiff(is, min, max, "NGram Tokenizer");
            List<String> chars = s.getAsList("token_chars");
            IntPredicate p = chars.isEmpty() ? null : charClasses(chars, s.get("custom_token_chars"));
            return TokenizerFactory.newFactory(name, () -> p == null ? new NGramTokenizer(min, max)
                : new NGramTokenizer(min, max) { protected boolean isTokenChar(int c) { return p.test(c); } });
        });
        m.put("edge_ngram", (is, env, name, s) -> {
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            List<String> chars = s.getAsList("token_chars");
            IntPredicate p = chars.isEmpty() ? null : charClasses(chars, s.get("custom_token_chars"));
            return TokenizerFactory.newFactory(name, () -> p == null ? new EdgeNGramTokenizer(min, max)
                : new EdgeNGramTokenizer(min, max) { protected boolean isTokenChar(int c) { return p.test(c); } });
        });
        m.put("pattern", tokenizer(s -> {
            Pattern p = pattern(s, "pattern", "\\W+", "flags");
            int group = s.getAsInt("group", -1);
            return () -> new PatternTokenizer(p, group);
        }));
        m.put("simple_pattern", tokenizer(s -> {
            String p = s.get("pattern", "");
            return () -> new SimplePatternTokenizer(p);
        }));
        m.put("simple_pattern_split", tokenizer(s -> {
            String p = s.get("pattern", "");
            return () -> new SimplePatternSplitTokenizer(p);
        }));
        m.put("char_group", tokenizer(s -> {
            int max = s.getAsInt("max_token_length", 255);
            List<String> classes = new ArrayList<>();
            Set<Integer> chars = new HashSet<>();
            for (String c : s.getAsList("tokenize_on_chars")) {
                if (c.isEmpty()) throw bad("[tokenize_on_chars] cannot contain empty characters");
                String u = unescape(c);
                if (u.codePointCount(0, u.length()) == 1) chars.add(u.codePointAt(0));
                else classes.add(c);
            }
            IntPredicate sep = charClasses(classes, null).or(chars::contains);
            return () -> new CharTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, max) {
                protected boolean isTokenChar(int c) { return sep.test(c) == false; }
            };
        }));
        m.put("path_hierarchy", tokenizer(s -> {
            String d = s.get("delimiter", "/"), r = s.get("replacement", d);
            if (d.length() != 1 || r.length() != 1) throw bad("delimiter and replacement must be a single character");
            int buf = s.getAsInt("buffer_size", 1024), skip = s.getAsInt("skip", 0);
            boolean reverse = s.getAsBoolean("reverse", false);
            char dc = d.charAt(0), rc = r.charAt(0);
            return () -> reverse ? new ReversePathHierarchyTokenizer(buf, dc, rc, skip)
                : new PathHierarchyTokenizer(buf, dc, rc, skip);
        }));
        return m;
    }

    // ------------------------------------------------------------- char filters

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> m = new TreeMap<>();
        m.put("html_strip", (is, env, name, s) -> {
            List<String> tags = s.getAsList("escaped_tags");
            Set<String> escaped = tags.isEmpty() ? null : new HashSet<>(tags);
            return charFilter(name, r -> escaped == null ? new HTMLStripCharFilter(r) : new HTMLStripCharFilter(r, escaped), false);
        });
        m.put("mapping", needsSettings((is, env, name, s) -> {
            List<String> rules = Analysis.getWordList(env, s, "mappings");
            if (rules == null) throw bad("mapping requires either `mappings` or `mappings_path` to be configured");
            NormalizeCharMap map = parseMappings(rules);
            return charFilter(name, r -> new MappingCharFilter(map, r), true);
        }));
        m.put("pattern_replace", needsSettings((is, env, name, s) -> {
            Pattern p = pattern(s, "pattern", null, "flags");
            String rep = s.get("replacement", "");
            return charFilter(name, r -> new PatternReplaceCharFilter(p, rep, r), true);
        }));
        return m;
    }

    // ---------------------------------------------------------------- analyzers

    static final String[][] LANGUAGES = {
        {"arabic", "ar.ArabicAnalyzer"}, {"armenian", "hy.ArmenianAnalyzer"}, {"basque", "eu.BasqueAnalyzer"},
        {"bengali", "bn.BengaliAnalyzer"}, {"brazilian", "br.BrazilianAnalyzer"}, {"bulgarian", "bg.BulgarianAnalyzer"},
        {"catalan", "ca.CatalanAnalyzer"}, {"cjk", "cjk.CJKAnalyzer"}, {"czech", "cz.CzechAnalyzer"},
        {"danish", "da.DanishAnalyzer"}, {"dutch", "nl.DutchAnalyzer"}, {"english", "en.EnglishAnalyzer"},
        {"estonian", "et.EstonianAnalyzer"}, {"finnish", "fi.FinnishAnalyzer"}, {"french", "fr.FrenchAnalyzer"},
        {"galician", "gl.GalicianAnalyzer"}, {"german", "de.GermanAnalyzer"}, {"greek", "el.GreekAnalyzer"},
        {"hindi", "hi.HindiAnalyzer"}, {"hungarian", "hu.HungarianAnalyzer"}, {"indonesian", "id.IndonesianAnalyzer"},
        {"irish", "ga.IrishAnalyzer"}, {"italian", "it.ItalianAnalyzer"}, {"latvian", "lv.LatvianAnalyzer"},
        {"lithuanian", "lt.LithuanianAnalyzer"}, {"norwegian", "no.NorwegianAnalyzer"}, {"persian", "fa.PersianAnalyzer"},
        {"portuguese", "pt.PortugueseAnalyzer"}, {"romanian", "ro.RomanianAnalyzer"}, {"russian", "ru.RussianAnalyzer"},
        {"serbian", "sr.SerbianAnalyzer"}, {"sorani", "ckb.SoraniAnalyzer"}, {"spanish", "es.SpanishAnalyzer"},
        {"swedish", "sv.SwedishAnalyzer"}, {"thai", "th.ThaiAnalyzer"}, {"turkish", "tr.TurkishAnalyzer"},
    };

    static Analyzer languageAnalyzer(String cls, Environment env, Settings s) throws IOException {
        try {
            Class<?> c = Class.forName("org.apache.lucene.analysis." + cls);
            CharArraySet defaults = (CharArraySet) c.getMethod("getDefaultStopSet").invoke(null);
            CharArraySet stop = Analysis.parseStopWords(env, s, defaults);
            CharArraySet exclusion = Analysis.parseStemExclusion(s, CharArraySet.EMPTY_SET);
            try {
                return (Analyzer) c.getConstructor(CharArraySet.class, CharArraySet.class).newInstance(stop, exclusion);
            } catch (NoSuchMethodException e) {
                return (Analyzer) c.getConstructor(CharArraySet.class).newInstance(stop);
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot create analyzer " + cls, e);
        }
    }

    static <T extends Analyzer> AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(AnalyzerMaker<T> maker) {
        return (is, env, name, s) -> {
            T a = maker.make(env, s);
            return new AbstractIndexAnalyzerProvider<T>(name, s) {
                public T get() { return a; }
            };
        };
    }

    interface AnalyzerMaker<T extends Analyzer> {
        T make(Environment env, Settings s) throws IOException;
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> m = new TreeMap<>();
        for (String[] lang : LANGUAGES) {
            String cls = lang[1];
            m.put(lang[0], analyzer((env, s) -> languageAnalyzer(cls, env, s)));
        }
        m.put("whitespace", analyzer((env, s) -> new WhitespaceAnalyzer()));
        m.put("simple", analyzer((env, s) -> new SimpleAnalyzer()));
        m.put("keyword", analyzer((env, s) -> new KeywordAnalyzer()));
        m.put("pattern", analyzer((env, s) -> {
            Pattern p = pattern(s, "pattern", "\\W+", "flags");
            boolean lower = s.getAsBoolean("lowercase", true);
            CharArraySet stop = Analysis.parseStopWords(env, s, CharArraySet.EMPTY_SET);
            return new Analyzer() {
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer t = new PatternTokenizer(p, -1);
                    TokenStream ts = lower ? new LowerCaseFilter(t) : t;
                    return new TokenStreamComponents(t, new StopFilter(ts, stop));
                }

                protected TokenStream normalize(String field, TokenStream in) {
                    return lower ? new LowerCaseFilter(in) : in;
                }
            };
        }));
        m.put("snowball", analyzer((env, s) -> {
            String lang = s.get("language", "English");
            CharArraySet stop = Analysis.parseStopWords(env, s, CharArraySet.EMPTY_SET);
            return new Analyzer() {
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer t = new org.apache.lucene.analysis.standard.StandardTokenizer();
                    TokenStream ts = new LowerCaseFilter(t);
                    ts = new StopFilter(ts, stop);
                    return new TokenStreamComponents(t, new SnowballFilter(ts, lang));
                }
            };
        }));
        return m;
    }
}
