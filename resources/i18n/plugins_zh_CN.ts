<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TokenizerOptions</name>
    <message>
        <source>Whitespace (text already segmented)</source>
        <translation>空格（已分词的文本）</translation>
    </message>
    <message>
        <source>English (word pattern)</source>
        <translation>英语（词模式）</translation>
    </message>
    <message>
        <source>Chinese: jieba</source>
        <translation>中文：jieba</translation>
    </message>
    <message>
        <source>Korean: Kiwi (lemmas, typo tolerance)</source>
        <translation>韩语：Kiwi（词元，容错）</translation>
    </message>
    <message>
        <source>Korean: Okt (konlpy; normalisation, stemming; needs Java)</source>
        <translation>韩语：Okt（konlpy；规范化、词干；需要 Java）</translation>
    </message>
    <message>
        <source>Korean: Komoran (konlpy; needs Java)</source>
        <translation>韩语：Komoran（konlpy；需要 Java）</translation>
    </message>
    <message>
        <source>Korean: Mecab (fast, no Java)</source>
        <translation>韩语：Mecab（快速，无需 Java）</translation>
    </message>
    <message>
        <source>Splits at spaces and tabs only: use it for text that is already segmented.</source>
        <translation>只在空格和制表符处切分：用于已经分好词的文本。</translation>
    </message>
    <message>
        <source>Words are runs of letters and digits in any script, with inner apostrophes.</source>
        <translation>词是任意文字的连续字母和数字，可含词内撇号。</translation>
    </message>
    <message>
        <source>Full mode is not offered: it emits overlapping words, which skews training.</source>
        <translation>不提供全模式：它会输出重叠的词，使训练失真。</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>转为小写</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>保留数字</translation>
    </message>
    <message>
        <source>Keep punctuation</source>
        <translation>保留标点</translation>
    </message>
    <message>
        <source>Split hyphens</source>
        <translation>在连字符处切分</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>HMM for new words</source>
        <translation>用 HMM 识别新词</translation>
    </message>
    <message>
        <source>User dictionary</source>
        <translation>用户词典</translation>
    </message>
    <message>
        <source>Stop-word list</source>
        <translation>停用词表</translation>
    </message>
    <message>
        <source>Character tokens</source>
        <translation>按字切分</translation>
    </message>
    <message>
        <source>Full-width to half-width</source>
        <translation>全角转半角</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>去掉的词性</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Dictionary forms of verbs/adjectives</source>
        <translation>动词/形容词原形</translation>
    </message>
    <message>
        <source>Typo tolerance</source>
        <translation>错别字容错</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>规范化</translation>
    </message>
    <message>
        <source>Fold upper case to lower case</source>
        <translation>把大写字母转为小写</translation>
    </message>
    <message>
        <source>Keep numbers such as 1998 or 3.14 as tokens</source>
        <translation>把 1998、3.14 这样的数字保留为词</translation>
    </message>
    <message>
        <source>Keep punctuation marks as tokens</source>
        <translation>把标点符号保留为词</translation>
    </message>
    <message>
        <source>Split hyphenated words (state-of-the-art -&gt; state of the art)</source>
        <translation>拆开带连字符的词（state-of-the-art -&gt; state of the art）</translation>
    </message>
    <message>
        <source>accurate: one segmentation (for training); search: also the shorter words inside long ones</source>
        <translation>accurate：一种切分（用于训练）；search：还输出长词里的短词</translation>
    </message>
    <message>
        <source>Guess unknown words with jieba's HMM</source>
        <translation>用 jieba 的 HMM 猜测未登录词</translation>
    </message>
    <message>
        <source>jieba user dictionary: one 'word [freq] [tag]' per line</source>
        <translation>jieba 用户词典：每行一个“词 [词频] [词性]”</translation>
    </message>
    <message>
        <source>Words to leave out: one per line (UTF-8)</source>
        <translation>要去掉的词：每行一个（UTF-8）</translation>
    </message>
    <message>
        <source>One token per Chinese character instead of words (Latin words and numbers stay whole)</source>
        <translation>每个汉字一个词，而不是按词切分（拉丁字母词和数字保持完整）</translation>
    </message>
    <message>
        <source>Fold full-width letters, digits and signs (Ａ１！) to half-width (A1!)</source>
        <translation>把全角字母、数字和符号（Ａ１！）转为半角（A1!）</translation>
    </message>
    <message>
        <source>Fold Latin upper case to lower case</source>
        <translation>把拉丁大写字母转为小写</translation>
    </message>
    <message>
        <source>Keep punctuation and symbols as tokens</source>
        <translation>把标点和符号保留为词</translation>
    </message>
    <message>
        <source>Parts of speech to leave out (default: particles, endings, punctuation)</source>
        <translation>要去掉的词性（默认：助词、词尾、标点）</translation>
    </message>
    <message>
        <source>Write each token as the word, or as word/POS</source>
        <translation>每个词写成词本身，或写成 词/词性</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (Kiwi's lemmas: 먹었다 -&gt; 먹다)</source>
        <translation>动词和形容词用原形（Kiwi 的词元：먹었다 -&gt; 먹다）</translation>
    </message>
    <message>
        <source>Kiwi user words: one 'word&lt;TAB&gt;TAG&lt;TAB&gt;score' per line (TAG e.g. NNP)</source>
        <translation>Kiwi 用户词：每行一个“词&lt;TAB&gt;词性&lt;TAB&gt;分数”（词性如 NNP）</translation>
    </message>
    <message>
        <source>Correct common typos while analysing (slower)</source>
        <translation>分析时纠正常见错别字（较慢）</translation>
    </message>
    <message>
        <source>Dictionary forms of verbs and adjectives (Okt's stem=True; also accepted as stem)</source>
        <translation>动词和形容词的原形（Okt 的 stem=True；也可写作 stem）</translation>
    </message>
    <message>
        <source>Normalise informal spelling first (Okt's norm=True: 사릉해 -&gt; 사랑해)</source>
        <translation>先规范非正式拼写（Okt 的 norm=True：사릉해 -&gt; 사랑해）</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (stem + 다)</source>
        <translation>动词和形容词用原形（词干 + 다）</translation>
    </message>
    <message>
        <source>Komoran user dictionary: one 'word&lt;TAB&gt;TAG' per line (TAG e.g. NNP)</source>
        <translation>Komoran 用户词典：每行一个“词&lt;TAB&gt;词性”（词性如 NNP）</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (갔다 -&gt; 가다), rebuilt from Mecab's analysis</source>
        <translation>动词和形容词用原形（갔다 -&gt; 가다），由 Mecab 的分析重建</translation>
    </message>
    <message>
        <source>Mecab user dictionary: a compiled .dic, or a mecab-ko-dic .csv (word,,,,NNP,*,F,reading,*,*,*,*), compiled on first use</source>
        <translation>Mecab 用户词典：编译好的 .dic，或 mecab-ko-dic 的 .csv（word,,,,NNP,*,F,reading,*,*,*,*），首次使用时编译</translation>
    </message>
    <message>
        <source>accurate</source>
        <translation>精确（accurate）</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索（search）</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>名词</translation>
    </message>
    <message>
        <source>pronoun</source>
        <translation>代词</translation>
    </message>
    <message>
        <source>numeral</source>
        <translation>数词</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>动词</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>形容词</translation>
    </message>
    <message>
        <source>auxiliary</source>
        <translation>辅助谓词</translation>
    </message>
    <message>
        <source>copula</source>
        <translation>系词（이다）</translation>
    </message>
    <message>
        <source>determiner</source>
        <translation>冠形词</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>副词</translation>
    </message>
    <message>
        <source>interjection</source>
        <translation>感叹词</translation>
    </message>
    <message>
        <source>particle</source>
        <translation>助词</translation>
    </message>
    <message>
        <source>ending</source>
        <translation>词尾</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>后缀</translation>
    </message>
    <message>
        <source>root</source>
        <translation>词根</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>外语</translation>
    </message>
    <message>
        <source>hanja</source>
        <translation>汉字</translation>
    </message>
    <message>
        <source>web</source>
        <translation>网址/邮箱</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>word/POS</source>
        <translation>词/词性</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>continual</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>basic_with_continual</source>
        <translation>基本 + 连续</translation>
    </message>
</context>
</TS>
