/*
 * Stand-in for the part of Elasticsearch's "analysis-common" module that the portal uses.
 *
 * The Elasticsearch integration-test distribution on Maven Central
 * (org.elasticsearch.distribution.integ-test-zip:elasticsearch) ships only the
 * server, transport-netty4 and x-pack core/security: the analysis-common module
 * is missing, so our index settings and Wagtail's would be rejected. No
 * maintained Maven artifact provides it for Elasticsearch 8.
 *
 * This plugin registers, under their Elasticsearch names and built from the
 * Lucene classes the distribution already ships (lucene-analysis-common), only
 * the components those settings name (search/engines/elastic.py and Wagtail's
 * wagtail.search.backends.elasticsearch8 defaults); the server itself provides
 * the rest they use (standard tokenizer and analyzer, lowercase filter):
 *
 *   token filters  asciifolding      both
 *                  stemmer           portal (norwegian, swedish, porter2 only)
 *                  stemmer_override  portal (Norwegian agent nouns)
 *                  synonym_graph     portal (inline Solr-format rules only)
 *                  ngram, edge_ngram Wagtail (partial matching, autocomplete)
 *   tokenizers     pattern           portal (word splitting)
 *                  ngram, edge_ngram Wagtail (declared in its settings)
 *
 * tests/search/test_analysis_components.py fails when the settings name a
 * component that is neither built in nor registered here. Settings these
 * components do not implement are rejected, not ignored, so that this node
 * never silently analyses differently from a real Elasticsearch. It is compiled
 * against the unpacked distribution by scripts/services/elasticsearch.sh; there
 * is no build step elsewhere. Production uses a real Elasticsearch where these
 * names come from analysis-common itself.
 *
 * It also answers "GET /" and "HEAD /" (the rest-root module is missing too),
 * so that clients' info() and ping() work.
 */
package portal.esanalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
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
import org.elasticsearch.index.IndexService;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

    /** Providers that do not require settings are instantiated with empty settings for every index. */
    static <T> AnalysisProvider<T> needsSettings(AnalysisProvider<T> p) {
        return AnalysisPlugin.requiresAnalysisSettings(p);
    }

    static RuntimeException bad(String msg) {
        return new IllegalArgumentException(msg);
    }

    /** A setting this stand-in does not implement fails the index creation instead of being ignored. */
    static void unsupported(Settings s, String component, String... keys) {
        for (String key : keys) {
            if (s.get(key) != null || s.getAsList(key).isEmpty() == false) {
                throw bad("[" + key + "] of [" + component + "] is not implemented by the portal-analysis stand-in "
                    + "(scripts/services/es-analysis/PortalAnalysisPlugin.java)");
            }
        }
    }

    static void checkNgramDiff(IndexSettings is, int min, int max, String what) {
        int maxAllowed = is.getMaxNgramDiff();
        if (max - min > maxAllowed) {
            throw bad("The difference between max_gram and min_gram in " + what + " must be less than or equal to: ["
                + maxAllowed + "] but was [" + (max - min) + "]. This limit can be set by changing the ["
                + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting.");
        }
    }

    static Pattern pattern(Settings s) {
        String p = s.get("pattern", "\\W+");
        int flags = 0;
        String fs = s.get("flags");
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

    /**
     * Stemmer languages whose Elasticsearch meaning is a Snowball stemmer of this name. Others are
     * refused: Elasticsearch's "english", for one, is the old Porter stemmer, not Snowball English.
     */
    static final Map<String, String> SNOWBALL_STEMMERS = Map.of(
        "norwegian", "Norwegian",
        "swedish", "Swedish",
        "porter2", "English"
    );

    // ----------------------------------------------------------- synonyms

    /** synonym_graph: the rules are analysed with the chain that precedes the filter. */
    static final class SynonymGraphFactory implements TokenFilterFactory {
        final String name;
        final Settings settings;
        final SynonymMap map;

        SynonymGraphFactory(String name, Settings settings, SynonymMap map) {
            this.name = name; this.settings = settings; this.map = map;
            unsupported(settings, "synonym_graph", "synonyms_path", "synonyms_set", "format", "lenient", "updateable");
            if (settings.get("synonyms") == null) throw bad("synonym requires `synonyms` to be configured");
        }

        public String name() { return name; }

        public TokenStream create(TokenStream ts) {
            if (map == null) throw new IllegalStateException("synonym filter [" + name + "] was not built for its analysis chain");
            if (map.fst == null) return ts;
            return new SynonymGraphFilter(ts, map, false);
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
                SolrSynonymParser parser = new SolrSynonymParser(true, settings.getAsBoolean("expand", true), analyzer);
                parser.parse(new StringReader(String.join("\n", settings.getAsList("synonyms"))));
                return new SynonymGraphFactory(name, settings, parser.build());
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("failed to build synonyms for [" + name + "]: " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------- token filters

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> m = new TreeMap<>();
        // Also a normalizer component in Elasticsearch (keyword fields, wildcard and prefix terms).
        m.put("asciifolding", (is, env, name, s) -> {
            boolean po = s.getAsBoolean("preserve_original", false);
            return new NormalizingTokenFilterFactory() {
                public String name() { return name; }
                public TokenStream create(TokenStream ts) { return new ASCIIFoldingFilter(ts, po); }
                public TokenStream normalize(TokenStream ts) { return new ASCIIFoldingFilter(ts, false); }
            };
        });
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
        m.put("synonym_graph", needsSettings((is, env, name, s) -> new SynonymGraphFactory(name, s, null)));
        // Requires settings, unlike Elasticsearch's: a bare "stemmer" (Porter) is not provided.
        m.put("stemmer", needsSettings((is, env, name, s) -> {
            String lang = s.get("language", s.get("name", "english"));
            String snowball = SNOWBALL_STEMMERS.get(lang.toLowerCase(Locale.ROOT));
            if (snowball == null) {
                throw bad("stemmer language [" + lang + "] is not in SNOWBALL_STEMMERS of the portal-analysis stand-in "
                    + "(scripts/services/es-analysis/PortalAnalysisPlugin.java)");
            }
            return filter(name, ts -> new SnowballFilter(ts, snowball));
        }));
        m.put("stemmer_override", needsSettings((is, env, name, s) -> {
            unsupported(s, "stemmer_override", "rules_path");
            List<String> rules = Analysis.getWordList(env, s, "rules");
            if (rules == null) throw bad("stemmer override filter requires `rules` to be configured");
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
        return m;
    }

    // --------------------------------------------------------------- tokenizers

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> m = new TreeMap<>();
        m.put("pattern", (is, env, name, s) -> {
            Pattern p = pattern(s);
            int group = s.getAsInt("group", -1);
            return TokenizerFactory.newFactory(name, () -> new PatternTokenizer(p, group));
        });
        // Wagtail declares both (though its analyzers use the standard tokenizer), so an index
        // cannot be created without them. They split every character, like Elasticsearch's
        // without token_chars.
        m.put("ngram", (is, env, name, s) -> {
            unsupported(s, "ngram", "token_chars", "custom_token_chars");
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            checkNgramDiff(is, min, max, "NGram Tokenizer");
            return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(min, max));
        });
        m.put("edge_ngram", (is, env, name, s) -> {
            unsupported(s, "edge_ngram", "token_chars", "custom_token_chars");
            int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
            return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(min, max));
        });
        return m;
    }
}
