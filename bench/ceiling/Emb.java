// Embeds sentences (TSV: pair, side, index, text) with all-MiniLM-L6-v2 for bench/ceiling.sh; writes pair, side, index, vector.
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.*; import java.util.*;
public class Emb { public static void main(String[] a) throws Exception {
  var m = new AllMiniLmL6V2QuantizedEmbeddingModel();
  var out = new StringBuilder(); Map<String,float[]> cache=new HashMap<>();
  for (String line : Files.readAllLines(Path.of(a[0]))) { String[] f=line.split("\t",4);
    float[] v=cache.computeIfAbsent(f[3], t->m.embed(t).content().vector());
    out.append(f[0]).append('\t').append(f[1]).append('\t').append(f[2]);
    for (float x: v) out.append('\t').append(x); out.append('\n'); }
  Files.writeString(Path.of(a[1]), out); } }
