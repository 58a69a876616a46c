package be.beroepencatalogus.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Terms analysed beforehand, handed to Lucene as a token stream: per group, the first term one position
 * after the previous group, the others at the same position (as a compound filter stacks a word's parts).
 */
final class PreAnalyzedTokens extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final String[][] groups;
  private int group;
  private int member;

  PreAnalyzedTokens(String[][] groups) {
    this.groups = groups;
  }

  /** One term per word. */
  static PreAnalyzedTokens ofWords(String[] words) {
    String[][] groups = new String[words.length][];
    for (int i = 0; i < words.length; i++) {
      groups[i] = new String[] {words[i]};
    }
    return new PreAnalyzedTokens(groups);
  }

  @Override
  public boolean incrementToken() {
    while (group < groups.length && member >= groups[group].length) {
      group++;
      member = 0;
    }
    if (group >= groups.length) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(groups[group][member]);
    position.setPositionIncrement(member == 0 ? 1 : 0);
    member++;
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    group = 0;
    member = 0;
  }
}
