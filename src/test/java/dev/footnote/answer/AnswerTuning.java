package dev.footnote.answer;

import java.nio.file.*; import java.util.*;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import com.fasterxml.jackson.databind.*;
import dev.footnote.evidence.*; import dev.footnote.retrieval.*; import dev.footnote.index.*; import dev.footnote.text.TextAnalyzer;

/**
 * Calibration of the extractive answerer, not a test: indexes SQuAD dev articles {@code from..to}, asks every n-th
 * question of them (in corpus) and of articles {@code nf..nt} (not indexed: out of corpus), retrieves once per
 * question, then answers with several type weights and minimum gains and sweeps the grounding threshold.
 * {@code mvn -q test-compile && java -Dsquad=../shared/data/squad-dev-v1.1.json -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.footnote.answer.AnswerTuning <scratch index dir> 1 12 13 24 3}. Tune on articles 1–24 only.
 */
public class AnswerTuning {
  static String norm(String s){ s=s.toLowerCase().replaceAll("\\p{Punct}|[\u2018\u2019\u201C\u201D\u2013\u2014]","").replaceAll("\\b(a|an|the)\\b"," "); return s.trim().replaceAll("\\s+"," ");}
  static boolean contains(String t, List<String> golds){ String n=" "+norm(t)+" "; for(String g:golds){ String x=norm(g); if(!x.isEmpty() && n.contains(" "+x+" ")) return true;} return false;}
  static double f1(String p, List<String> golds){ double best=0; for(String g:golds){ List<String> a=new ArrayList<>(List.of(norm(p).split(" "))), b=new ArrayList<>(List.of(norm(g).split(" "))); if(norm(p).isEmpty()) continue; int c=0; for(String x:a) if(b.remove(x)) c++; if(c==0) continue; double pr=(double)c/a.size(), rc=(double)c/(c+b.size()); best=Math.max(best,2*pr*rc/(pr+rc)); } return best; }
  public static void main(String[] args) throws Exception {
    String idx=args[0]; int from=Integer.parseInt(args[1]), to=Integer.parseInt(args[2]), nf=Integer.parseInt(args[3]), nt=Integer.parseInt(args[4]), every=Integer.parseInt(args[5]);
    var ctx=new SpringApplicationBuilder(dev.footnote.FootnoteApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
      .run("--footnote.index.dir="+idx, "--footnote.corpus.dir="+Files.createTempDirectory("c"));
    var ds=new dev.footnote.eval.SquadLoader().load(Path.of(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json")));
    var docs=ds.documents().subList(from-1,to);
    ctx.getBean(PassageIndex.class).apply(new IndexChanges(docs.stream().map(IndexChanges.Replacement::new).toList(), List.of()));
    System.out.println("indexed "+docs.size());
    Retriever retriever=ctx.getBean(HybridRetriever.class);
    TermWeights w=ctx.getBean(TermWeights.class); TextEmbedder emb=ctx.getBean(TextEmbedder.class); PassageIndex index=ctx.getBean(PassageIndex.class);
    SentenceScorer scorer=new SentenceScorer(w,new SentenceEmbeddings(emb,index),0.5);
    var root=new ObjectMapper().readTree(new java.io.File(System.getProperty("squad", "../shared/data/squad-dev-v1.1.json"))).get("data");
    List<String[]> pos=new ArrayList<>(); List<List<String>> golds=new ArrayList<>(); List<String> neg=new ArrayList<>(); int k=0;
    for(int a=1;a<=48;a++){ for(var p: root.get(a-1).get("paragraphs")) for(var qa: p.get("qas")){ if((k++)%every!=0) continue;
      if(a>=from&&a<=to){ pos.add(new String[]{qa.get("question").asText()}); List<String> g=new ArrayList<>(); qa.get("answers").forEach(x->g.add(x.get("text").asText())); golds.add(g);} else if(a>=nf&&a<=nt) neg.add(qa.get("question").asText()); }}
    System.out.println("positives "+pos.size()+" negatives "+neg.size());
    List<List<RetrievedPassage>> pe=new ArrayList<>(), ne=new ArrayList<>();
    for(String[] q:pos) pe.add(retriever.retrieve(new Query(q[0]),5)); for(String q:neg) ne.add(retriever.retrieve(new Query(q),5));
    System.out.println("retrieved");
    double[][] grid={{0,0},{0.15,0.15},{0.3,0.15},{0.5,0.15},{0.3,0.3},{0.3,0}};
    for(double[] g: grid){
      var settings=new ExtractiveAnswerer.Settings(3,0.0,0.75,0.5,g[0],8,g[1]);
      var ans=new ExtractiveAnswerer(scorer,settings,TextAnalyzer.english());
      int first=0,any=0,sent=0; double f=0; List<Double> ps=new ArrayList<>(), ns=new ArrayList<>(); long t0=System.nanoTime();
      for(int i=0;i<pos.size();i++){ var ranked=ans.rankForTuning(pos.get(i)[0],pe.get(i)); ps.add(ranked.isEmpty()?0:ranked.get(0).coverage());
        CitedAnswer c=ans.answer(new Query(pos.get(i)[0]),pe.get(i)); if(!c.grounded()) continue; sent+=c.citations().size();
        first+=contains(c.citations().get(0).quote(),golds.get(i))?1:0; StringBuilder all=new StringBuilder(); c.citations().forEach(x->all.append(x.quote()).append(' ')); any+=contains(all.toString(),golds.get(i))?1:0;
        if(c.shortAnswer()!=null) f+=f1(c.shortAnswer().text(),golds.get(i)); }
      double ms=(System.nanoTime()-t0)/1e6/pos.size();
      if(g==grid[0]||g==grid[1]||g==grid[2]){ for(int i=0;i<neg.size();i++){ var r=ans.rankForTuning(neg.get(i),ne.get(i)); ns.add(r.isEmpty()?0:r.get(0).coverage()); }
        StringBuilder sb=new StringBuilder(); for(double th=0.30; th<=0.701; th+=0.025){ final double t=th; long pa=ps.stream().filter(x->x>=t).count(), nr=ns.stream().filter(x->x<t).count(); sb.append(String.format(" th=%.3f ans=%.3f ref=%.3f;",th,(double)pa/ps.size(),(double)nr/ns.size())); } System.out.println("  sweep"+sb); }
      int n=pos.size(); System.out.printf("typeWeight=%.2f minGain=%.2f first=%.4f any=%.4f sent=%.3f shortF1=%.4f ms/q=%.1f%n",g[0],g[1],(double)first/n,(double)any/n,(double)sent/n,f/n,ms);
    }
    ctx.close(); System.exit(0);
  }
}
