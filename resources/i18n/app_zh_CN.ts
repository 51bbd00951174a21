<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="37"/>
        <source>Meaning change</source>
        <translation>词义变化</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="37"/>
        <source>Associations (WEAT)</source>
        <translation>联想测试 (WEAT)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="38"/>
        <source>Neighbour stability</source>
        <translation>近邻稳定性</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="38"/>
        <source>Semantic axes</source>
        <translation>语义轴</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../w2v_studio/app.py" line="93"/>
        <source>be opened</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>AxesInputs</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="51"/>
        <source>Horizontal axis from</source>
        <translation>横轴：从</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="52"/>
        <source>Vertical axis from</source>
        <translation>纵轴：从</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="54"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="55"/>
        <source>e.g. he man his</source>
        <translation>例如：他 男人 父亲</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="56"/>
        <source>e.g. she woman her</source>
        <translation>例如：她 女人 母亲</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="57"/>
        <source>optional, e.g. bad awful</source>
        <translation>可选，例如：坏 糟糕</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="58"/>
        <source>optional, e.g. good great</source>
        <translation>可选，例如：好 很棒</translation>
    </message>
</context>
<context>
    <name>AxesPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="64"/>
        <source>x axis: towards</source>
        <translation>x 轴：指向</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="64"/>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="65"/>
        <source>away from</source>
        <translation>背离</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="65"/>
        <source>y axis: towards</source>
        <translation>y 轴：指向</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="66"/>
        <source>Words to place</source>
        <translation>要放置的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="69"/>
        <source>empty: the most frequent words</source>
        <translation>留空：最常见的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="70"/>
        <source>Most frequent:</source>
        <translation>最常见：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="71"/>
        <source>Place words</source>
        <translation>放置词语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="81"/>
        <source>Open or train a model first.</source>
        <translation>请先打开或训练一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="84"/>
        <source>Give words for the x axis.</source>
        <translation>请为 x 轴输入词语。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="99"/>
        <source>Not in the model, left out: {0}</source>
        <translation>模型中没有，已略去：{0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="103"/>
        <source>Open second model…</source>
        <translation>打开第二个模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="104"/>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="105"/>
        <source>Neighbours:</source>
        <translation>近邻数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="106"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="107"/>
        <source>Current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="108"/>
        <source>Second model</source>
        <translation>第二个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="112"/>
        <source>Open another model or vector file (for example skip-gram against CBOW, or window 2 against 5).</source>
        <translation>打开另一个模型或向量文件（例如 skip-gram 对 CBOW，或窗口 2 对 5）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="122"/>
        <source>Open second model (its model.json) or word vectors</source>
        <translation>打开第二个模型（model.json）或词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="130"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="143"/>
        <source>Could not open it: {0}</source>
        <translation>无法打开：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="155"/>
        <source>{0}: {1:,} words, {2} dimensions</source>
        <translation>{0}：{1:,} 个词，{2} 维</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="177"/>
        <source>Train or open a model first.</source>
        <translation>请先训练或打开一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="192"/>
        <source>“{0}” is not in {1}.</source>
        <translation>“{0}”不在{1}中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="193"/>
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="201"/>
        <source>Open a second model to compare with.</source>
        <translation>请打开第二个模型进行比较。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="205"/>
        <source>{0} of {1} neighbours are in both lists (green).</source>
        <translation>{1} 个近邻中有 {0} 个在两个列表中都出现（绿色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="212"/>
        <source>the current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="229"/>
        <source>in both lists</source>
        <translation>两个列表中都有</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="129"/>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="130"/>
        <source>With (optional):</source>
        <translation>同现词（可选）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="131"/>
        <source>a second word, e.g. a neighbour</source>
        <translation>第二个词，例如一个近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="132"/>
        <source>Within:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="133"/>
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="134"/>
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>corpus order</source>
        <translation>语料顺序</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="139"/>
        <source>Show lines</source>
        <translation>显示句子</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="140"/>
        <source>Show tokens</source>
        <translation>显示词元</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="141"/>
        <source>Show the tokens of the selected line</source>
        <translation>显示所选行的词元</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="142"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="143"/>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="143"/>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="144"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="146"/>
        <source>The corpus files could not be read: the tokens are shown instead of the text.</source>
        <translation>无法读取语料文件：显示的是词元而不是原文。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="208"/>
        <source>Type one word (a single token) to see its lines.</source>
        <translation>请输入一个词（单个词元）来查看它的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="231"/>
        <source>Searching the corpus…</source>
        <translation>正在检索语料…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="257"/>
        <source>The corpus could not be searched: {0}</source>
        <translation>无法检索语料：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="299"/>
        <source>Tokens: {0}</source>
        <translation>词元：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="306"/>
        <source>Export the concordance</source>
        <translation>导出语境索引</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="318"/>
        <source>The concordance could not be written to {0} ({1}). Choose another folder.</source>
        <translation>无法将语境索引写入 {0}（{1}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="322"/>
        <source>{0:,} lines written to {1}</source>
        <translation>已将 {0:,} 行写入 {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="337"/>
        <source>This model has no corpus attached (it was opened from a vector file, or its tokenized corpus was deleted), so its lines cannot be shown. Train it here, or open the model folder it was saved to.</source>
        <translation>此模型没有关联语料（它是从向量文件打开的，或其分词语料已被删除），因此无法显示句子。请在这里训练，或打开保存该模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="343"/>
        <source>Click a word on the map or in a table to see its lines.</source>
        <translation>在图上或表格中点击一个词，即可查看它所在的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="345"/>
        <source>{0:,} times “{1}” with “{2}” within {3} words</source>
        <translation>“{1}”与“{2}”在 {3} 个词以内同现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="349"/>
        <source>{0:,} occurrences of “{1}”</source>
        <translation>“{1}”出现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="351"/>
        <source>(showing the first {0:,})</source>
        <translation>（显示前 {0:,} 条）</translation>
    </message>
</context>
<context>
    <name>CorpusFilesPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="88"/>
        <source>Open corpus files</source>
        <translation>打开语料文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="89"/>
        <source>Text files (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="95"/>
        <source>Open a folder of text files</source>
        <translation>打开文本文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="170"/>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="206"/>
        <source>Detected: {0} (confidence {1:.0%}). Change it if the preview shows broken characters.</source>
        <translation>检测结果：{0}（置信度 {1:.0%}）。如果预览中出现乱码，请更改。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="230"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="231"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="232"/>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="233"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="242"/>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="242"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="242"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="246"/>
        <source>Language: not recognised</source>
        <translation>语言：无法识别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="250"/>
        <source>Language (guessed from the script): {0}</source>
        <translation>语言（根据文字推测）：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="252"/>
        <source>suggested tokenizer: {0}</source>
        <translation>推荐的分词器：{0}</translation>
    </message>
</context>
<context>
    <name>CorpusLinkBar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="114"/>
        <source>Tokenize the corpus again</source>
        <translation>重新分词语料</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="115"/>
        <source>Locate the corpus files…</source>
        <translation>查找语料文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="161"/>
        <source>Looking for the corpus…</source>
        <translation>正在查找语料…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="180"/>
        <source>Tokenizing the corpus again…</source>
        <translation>正在重新分词语料…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="193"/>
        <source>Where are the corpus files now?</source>
        <translation>语料文件现在在哪里？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="207"/>
        <source>Looking for the files in {0}…</source>
        <translation>正在 {0} 中查找文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="217"/>
        <source>Not found there: {0}. Choose the folder that holds them.</source>
        <translation>那里没有找到：{0}。请选择包含这些文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="255"/>
        <source>This did not work: {0}</source>
        <translation>操作失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="292"/>
        <source>not found: {0}</source>
        <translation>未找到：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="294"/>
        <source>changed since training: {0}</source>
        <translation>训练后已更改：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="303"/>
        <source>The corpus files were moved or changed ({0}), so the lines are shown as tokens. Locate the files to see the original text.</source>
        <translation>语料文件已移动或更改（{0}），因此以词元显示语境。找到这些文件即可查看原文。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="308"/>
        <source>The tokenized copy of this model&apos;s corpus was deleted; its files are still there. Tokenize them again to see the lines.</source>
        <translation>该模型语料的分词副本已被删除，但原文件仍在。重新分词即可查看语境。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="312"/>
        <source>The tokenized copy of this model&apos;s corpus was deleted and its files were moved or changed ({0}). Locate the files to tokenize them again.</source>
        <translation>该模型语料的分词副本已被删除，原文件也已移动或更改（{0}）。找到这些文件即可重新分词。</translation>
    </message>
</context>
<context>
    <name>CorpusPage</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="135"/>
        <source>Corpus files</source>
        <translation>语料文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="136"/>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="137"/>
        <source>Collocations</source>
        <translation>搭配</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="138"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="139"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="140"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="141"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="144"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="145"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="146"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="147"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="148"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="151"/>
        <source>Text column (CSV/TSV):</source>
        <translation>文本列（CSV/TSV）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="152"/>
        <source>Replace unreadable bytes</source>
        <translation>替换无法读取的字节</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="153"/>
        <source>Read files with a few damaged bytes: each byte that cannot be decoded becomes �, and how many were replaced is shown.</source>
        <translation>读取含有少量损坏字节的文件：无法解码的字节会变成 �，并显示替换了多少个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="156"/>
        <source>Text field (JSON Lines):</source>
        <translation>文本字段（JSON Lines）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="157"/>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="158"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="159"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="160"/>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="161"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="162"/>
        <source>Type a sentence to see how it is split…</source>
        <translation>输入一个句子，看看它如何被切分…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="163"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="163"/>
        <source>Tokens</source>
        <translation>词例</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="164"/>
        <source>Tokenize</source>
        <translation>分词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="166"/>
        <source>Split the whole corpus into words (in background processes).</source>
        <translation>将整个语料切分成词（在后台进程中进行）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="168"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="169"/>
        <source>Use it</source>
        <translation>使用它</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="190"/>
        <source>There is no readable corpus yet: add text files first.</source>
        <translation>还没有可读取的语料：请先添加文本文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="201"/>
        <source>The tokenizer &apos;{0}&apos; cannot run here: {1}. Choose another tokenizer or install what it needs.</source>
        <translation>分词器“{0}”无法在本机运行：{1}。请选择其他分词器，或安装它所需的组件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="232"/>
        <source>counting words…</source>
        <translation>正在统计词数…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="241"/>
        <source>Tokenizing failed: {0}</source>
        <translation>分词失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="246"/>
        <source>Tokenizing was cancelled.</source>
        <translation>分词已取消。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="261"/>
        <source>{0} file(s), {1} lines, {2} tokens, tokenizer {3}</source>
        <translation>{0} 个文件，{1} 行，{2} 个词例，分词器 {3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="271"/>
        <source>{0} line(s) could not be tokenized and were skipped; the first: {1}</source>
        <translation>有 {0} 行无法分词，已跳过；第一处：{1}</translation>
    </message>
</context>
<context>
    <name>CorpusStats</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="63"/>
        <source>After tokenizing</source>
        <translation>分词结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="65"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="66"/>
        <source>Tokens</source>
        <translation>词例</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="67"/>
        <source>Different words (types)</source>
        <translation>不同的词（词型）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="69"/>
        <source>Types kept (min count {0}, at most {1})</source>
        <translation>保留的词型（最低词频 {0}，最多 {1} 个）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="73"/>
        <source>Types kept (min count {0})</source>
        <translation>保留的词型（最低词频 {0}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="75"/>
        <source>Memory for training</source>
        <translation>训练所需内存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="76"/>
        <source>Training time (rough)</source>
        <translation>训练时间（粗略）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="83"/>
        <source>Estimates for the settings on the Train page; the time is a rough guide for this computer&apos;s CPU.</source>
        <translation>按“训练”页的设置估算；时间只是按本机 CPU 给出的粗略参考。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="87"/>
        <source>Press Tokenize to see how many words the corpus has.</source>
        <translation>点击“分词”即可查看语料中有多少词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="134"/>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="139"/>
        <source>about {0}</source>
        <translation>约 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="138"/>
        <source>Training time (measured here)</source>
        <translation>训练时间（在本机测得）</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="48"/>
        <source>PyTorch is not installed</source>
        <translation>未安装 PyTorch</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="49"/>
        <source>no NVIDIA GPU found</source>
        <translation>未找到 NVIDIA GPU</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="50"/>
        <source>not an Apple Silicon Mac</source>
        <translation>不是 Apple Silicon Mac</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="51"/>
        <source>MPS unavailable</source>
        <translation>MPS 不可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="52"/>
        <source>this PyTorch build has no CUDA support or no GPU is visible</source>
        <translation>此 PyTorch 版本不支持 CUDA，或看不到 GPU</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="164"/>
        <source>Type a text to find the most similar documents</source>
        <translation>输入一段文本，查找最相似的文档</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="165"/>
        <source>Documents:</source>
        <translation>文档数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="166"/>
        <source>Find similar</source>
        <translation>查找相似文档</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="167"/>
        <source>The text is cut into words with the model&apos;s tokenizer and its vector is learnt with the word vectors kept fixed</source>
        <translation>文本用模型的分词器切分成词，词向量保持不变，只学习这段文本的向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="244"/>
        <source>Reading the documents of the model…</source>
        <translation>正在读取模型的文档…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="248"/>
        <source>This model has no document vectors. Train one with the method doc2vec (on the Train page, or &apos;w2v-studio train CORPUS --method doc2vec&apos;) to see its documents here.</source>
        <translation>这个模型没有文档向量。用 doc2vec 方法训练一个（在“训练”页，或 &apos;w2v-studio train CORPUS --method doc2vec&apos;），就能在这里看到它的文档。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="253"/>
        <source>{0:,} documents ({1}); click one on the map or in the table to see the most similar ones, or type a text.</source>
        <translation>{0:,} 篇文档（{1}）；在地图或表格中点击一篇，查看与它最相似的文档，或输入一段文本。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="257"/>
        <source>The map shows {0:,} of them, evenly spaced.</source>
        <translation>地图上均匀选取显示其中 {0:,} 篇。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="277"/>
        <source>Finding the documents most similar to the text…</source>
        <translation>正在查找与文本最相似的文档…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="302"/>
        <source>Your text</source>
        <translation>输入的文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="302"/>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>EnginePart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="99"/>
        <source>Looking for graphics cards…</source>
        <translation>正在查找显卡…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="104"/>
        <source>{0}: available</source>
        <translation>{0}：可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="107"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}：不可用（{1}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="108"/>
        <source>Devices found: {0}</source>
        <translation>检测到的设备：{0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="47"/>
        <source>an unexpected problem stopped it (a fault in Word2Vec Studio or a plugin, or input it did not expect). Your work is still open: try again</source>
        <translation>一个意外问题使其中止（Word2Vec Studio 或插件的缺陷，或未预料到的输入）。您的工作仍然打开着：请重试</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="53"/>
        <source>, and if it happens again, report the details written to {0}</source>
        <translation>；如果再次发生，请报告写入 {0} 的详细信息</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="77"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="88"/>
        <source>{0} could not {1}: {2}</source>
        <translation>{0} 无法{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="93"/>
        <source>the system refused it</source>
        <translation>系统拒绝了操作</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="95"/>
        <source>{0} could not {1}: {2}. Check that it exists, that you may read and write there and that the disk has room, then try again.</source>
        <translation>{0} 无法{1}：{2}。请检查它是否存在、您是否有读写权限以及磁盘是否有空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="103"/>
        <source>{0} could not {1}: it is not a text file in UTF-8 (byte {2}). Choose a file written by Word2Vec Studio or saved as UTF-8 text.</source>
        <translation>{0} 无法{1}：它不是 UTF-8 文本文件（第 {2} 字节）。请选择由 Word2Vec Studio 写入或以 UTF-8 文本保存的文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="111"/>
        <source>{0} could not {1}: the computer ran out of memory. Close other programs or use a smaller file, then try again.</source>
        <translation>{0} 无法{1}：计算机内存不足。请关闭其他程序或使用更小的文件，然后重试。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="118"/>
        <source>{0} could not {1}. The file may be damaged or not meant for Word2Vec Studio: check that it is the right one.</source>
        <translation>{0} 无法{1}。该文件可能已损坏或并非供 Word2Vec Studio 使用：请确认是否为正确的文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="132"/>
        <source>Something went wrong inside Word2Vec Studio. Your work is still open: save it, then try again.</source>
        <translation>Word2Vec Studio 内部出了问题。您的工作仍然打开着：请先保存，然后重试。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="138"/>
        <source>The details were written to {0}; please report them if it happens again.</source>
        <translation>详细信息已写入 {0}；如果再次发生，请报告。</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="167"/>
        <source>Evaluation files (similarity and analogy):</source>
        <translation>评测文件（相似度和类比）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="168"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="169"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="170"/>
        <source>Analogy method:</source>
        <translation>类比方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="171"/>
        <source>Search only the most frequent words (0 = all):</source>
        <translation>只在最常见的词中搜索（0 = 全部）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="172"/>
        <source>Ignore upper/lower case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="173"/>
        <source>Get standard sets…</source>
        <translation>获取标准评测集…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="174"/>
        <source>Look test words up through the model&apos;s tokenizer</source>
        <translation>通过模型的分词器查找测试词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="176"/>
        <source>A test word that is not in the vocabulary is tokenized with the tokenizer the model was trained with and its first token is used (자동차를 → 자동차).</source>
        <translation>词表中没有的测试词用训练模型时的分词器切分，取第一个词元（자동차를 → 자동차）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="178"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="179"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="180"/>
        <source>Export results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="183"/>
        <source>Bars: Spearman correlation for similarity files (blue), accuracy for analogy files (orange).</source>
        <translation>柱形：相似度文件为 Spearman 相关系数（蓝色），类比文件为准确率（橙色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="203"/>
        <source>Choose evaluation files</source>
        <translation>选择评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="204"/>
        <source>Evaluation files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>评测文件 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="226"/>
        <source>similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="227"/>
        <source>analogy</source>
        <translation>类比</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="228"/>
        <source>not an evaluation file</source>
        <translation>不是评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="247"/>
        <source>Train or open a model first: there are no vectors to evaluate.</source>
        <translation>请先训练或打开一个模型：还没有可以评测的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="253"/>
        <source>Add at least one similarity or analogy file first.</source>
        <translation>请先添加至少一个相似度或类比文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="311"/>
        <source>The evaluation stopped: {0}</source>
        <translation>评测已中止：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="315"/>
        <source>Evaluation cancelled.</source>
        <translation>评测已取消。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="327"/>
        <source>Test words were not looked up through the model&apos;s tokenizer: {0}</source>
        <translation>未能通过模型的分词器查找测试词：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="387"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="387"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="396"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="399"/>
        <source>Results saved to {0}</source>
        <translation>结果已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>EvaluateWorkspace</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="14"/>
        <source>the evaluation part of the project is not an object</source>
        <translation>项目中的评测部分不是一个对象</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="17"/>
        <source>&apos;files&apos; must be a list of file names</source>
        <translation>“files”必须是文件名列表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="18"/>
        <source>result {0} was left out ({1})</source>
        <translation>已略去结果 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="19"/>
        <source>&apos;settings&apos; must be an object</source>
        <translation>“settings”必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="20"/>
        <source>The project&apos;s evaluation results could not be fully restored: {0}.</source>
        <translation>未能完整恢复项目的评测结果：{0}。</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="127"/>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="128"/>
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="129"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="130"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="148"/>
        <source>Train a model or open one (File &gt; Open) to explore its words.</source>
        <translation>请训练或打开一个模型（文件 &gt; 打开）来探索其中的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="203"/>
        <location filename="../../w2v_studio/qt/explore/page.py" line="399"/>
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="205"/>
        <location filename="../../w2v_studio/qt/explore/page.py" line="403"/>
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="215"/>
        <source>Not in the vocabulary, left out: {0}</source>
        <translation>不在词表中，已略去：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="250"/>
        <source>Computing {0} for {1:,} words… (Cancel stops it)</source>
        <translation>正在为 {1:,} 个词计算 {0}…（按“取消”可停止）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="264"/>
        <source>Type the words at both ends of the horizontal axis (for example he / she), then press Place words.</source>
        <translation>请输入横轴两端的词（例如 他 / 她），然后点击“放置词语”。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="292"/>
        <source>The map could not be computed: {0}</source>
        <translation>无法计算词图：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="295"/>
        <source>The map could not be computed with {0} for these words. Try PCA, or place fewer or other words.</source>
        <translation>无法用 {0} 为这些词计算地图。请改用 PCA，或放置更少或其他的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="381"/>
        <source>“{0}” is not on the map. Choose “Neighbours of a word” to place it with its neighbours.</source>
        <translation>“{0}”不在图上。请选择“某个词的近邻”，把它和近邻一起放到图上。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="421"/>
        <source>Click a word on the map first, then tick this box.</source>
        <translation>请先在图上点击一个词，再勾选此框。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="438"/>
        <source>semantic axes</source>
        <translation>语义轴</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="446"/>
        <source>{0:,} of {1:,} words placed with {2} in {3:.2f} s.</source>
        <translation>已用 {2} 在 {3:.2f} 秒内放置 {1:,} 个词中的 {0:,} 个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="452"/>
        <source>Hover a point for its count; click it to select.</source>
        <translation>鼠标悬停在点上可查看词频，点击可选中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="143"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="144"/>
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="146"/>
        <source>word2vec binary (.bin)</source>
        <translation>word2vec 二进制 (.bin)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="147"/>
        <source>word2vec text (.txt)</source>
        <translation>word2vec 文本 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="148"/>
        <source>vocabulary with counts (.txt)</source>
        <translation>带词频的词表 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="149"/>
        <source>TSV + metadata for the Embedding Projector</source>
        <translation>供 Embedding Projector 使用的 TSV + 元数据</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="150"/>
        <source>CSV (word, count, vector)</source>
        <translation>CSV（词、词频、向量）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="151"/>
        <source>NumPy array + word list (.npy)</source>
        <translation>NumPy 数组 + 词表 (.npy)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="155"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="156"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="157"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="158"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="159"/>
        <source>PNG width:</source>
        <translation>PNG 宽度：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="160"/>
        <source>Only the most frequent words:</source>
        <translation>只导出最常见的词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="162"/>
        <source>Leave out words that contain spaces (they would break the file)</source>
        <translation>略去含空格的词（否则文件会损坏）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="165"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="166"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="232"/>
        <source>Export vectors</source>
        <translation>导出向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="167"/>
        <source>Map of the Explore page</source>
        <translation>探索页的词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="170"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="171"/>
        <source>SVG image</source>
        <translation>SVG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="172"/>
        <source>2-D coordinates CSV (word, x, y, count)</source>
        <translation>二维坐标 CSV（词、x、y、词频）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="176"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="238"/>
        <source>Export map</source>
        <translation>导出词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="188"/>
        <source>Train or open a model first: there is nothing to export yet.</source>
        <translation>请先训练或打开一个模型：还没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="192"/>
        <source>Place words on the Explore page to export the map.</source>
        <translation>请先在探索页放置词语，再导出词图。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="278"/>
        <source>Nothing was exported: {0}</source>
        <translation>未导出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="310"/>
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
</context>
<context>
    <name>FileResultView</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="53"/>
        <source>All questions</source>
        <translation>全部题目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="55"/>
        <source>Wrong answers</source>
        <translation>答错的题</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="56"/>
        <source>Skipped questions</source>
        <translation>跳过的题</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="61"/>
        <source>Save questions as TSV…</source>
        <translation>将题目保存为 TSV…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="78"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="86"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="88"/>
        <source>Why skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="89"/>
        <source>Unknown words ({0:,})</source>
        <translation>未登录词（{0:,}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="100"/>
        <source>{0:,} of {1:,} questions shown</source>
        <translation>显示 {1:,} 道题中的 {0:,} 道</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="110"/>
        <source>Save questions</source>
        <translation>保存题目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="110"/>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="119"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="122"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="137"/>
        <source>{0:,} test words were found through the model&apos;s tokenizer (e.g. {1}).</source>
        <translation>通过模型的分词器找到了 {0:,} 个测试词（例如 {1}）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="145"/>
        <source>{0:,} of {1:,} questions skipped</source>
        <translation>{1:,} 道题中跳过了 {0:,} 道</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="151"/>
        <source>{0:,} have a test word in an inflected form (e.g. {1}) while the vocabulary holds the bare morpheme (the tokenizer split off particles and endings). Train with particles kept or with whitespace tokens to answer them, or look test words up through the model&apos;s tokenizer.</source>
        <translation>其中 {0:,} 道的测试词是屈折形式（例如 {1}），而词表中只有词素（分词器切掉了助词和词尾）。要回答这些题，请保留助词或按空格切分词元来训练，或通过模型的分词器查找测试词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="156"/>
        <source>{0:,} have a test word the vocabulary holds in other upper/lower case (e.g. {1}). Tick &apos;Ignore upper/lower case&apos; to answer them.</source>
        <translation>其中 {0:,} 道的测试词在词表中只是大小写不同（例如 {1}）。要回答这些题，请勾选“忽略大小写”。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="159"/>
        <source>{0:,} have a test word beyond the most frequent words searched (e.g. {1}). Search more words (0 = all) to answer them.</source>
        <translation>其中 {0:,} 道的测试词不在所搜索的最常见词之内（例如 {1}）。要回答这些题，请搜索更多的词（0 = 全部）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="162"/>
        <source>{0:,} have a test word that is not in the vocabulary at all (e.g. {1}): rarer in the corpus than the minimum count, or absent. A larger corpus or a lower minimum count would help.</source>
        <translation>其中 {0:,} 道的测试词根本不在词表中（例如 {1}）：在语料中比最低词频还少，或者没有出现。更大的语料或更低的最低词频会有帮助。</translation>
    </message>
</context>
<context>
    <name>FrequencyList</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="58"/>
        <source>Find a word (part of it, or re: and a regular expression)</source>
        <translation>查找词语（词的一部分，或 re: 加正则表达式）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="81"/>
        <source>{0} different words</source>
        <translation>{0} 个不同的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="82"/>
        <source>{0} of {1} words match</source>
        <translation>{1} 个词中有 {0} 个匹配</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/guide_dialog.py" line="94"/>
        <source>Word2Vec Studio – User guide</source>
        <translation>Word2Vec Studio – 使用指南</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="56"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="57"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="60"/>
        <source>Mean loss of the examples trained since the previous point (dashed lines: ends of epochs). It is measured while the vectors change, so in the last epochs it can level off or rise a little while the vectors still improve: judge them on the Evaluate page.</source>
        <translation>自上一个点以来所训练样本的平均损失（虚线：各轮结束处）。它是在向量变化的同时测量的，所以在最后几轮里，即使向量仍在变好，它也可能持平或略有上升：请在“评估”页判断向量的好坏。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="117"/>
        <source>There is no corpus yet: open text files on the Corpus page (File &gt; Open corpus) and press Start again.</source>
        <translation>还没有语料：请在“语料”页打开文本文件（文件 &gt; 打开语料），然后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="126"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="189"/>
        <source>Word2Vec Studio</source>
        <translation>Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="262"/>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="192"/>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="196"/>
        <source>Open corpus files…</source>
        <translation>打开语料文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="197"/>
        <source>Open corpus folder…</source>
        <translation>打开语料文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="198"/>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="199"/>
        <source>Import vectors…</source>
        <translation>导入词向量…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="200"/>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="201"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="202"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="203"/>
        <source>Save project…</source>
        <translation>保存项目…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="204"/>
        <source>Recent items</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="205"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="206"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="207"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="208"/>
        <source>Clear recent items</source>
        <translation>清除最近使用记录</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="210"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="211"/>
        <source>Tokenizer plugins…</source>
        <translation>分词器插件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="212"/>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="321"/>
        <source>About Word2Vec Studio</source>
        <translation>关于 Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="263"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="264"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="265"/>
        <source>Vectors</source>
        <translation>词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="271"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="280"/>
        <source>{0} no longer exists; it was removed from the recent items.</source>
        <translation>{0} 已不存在，已从最近使用中移除。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="323"/>
        <source>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;Train and explore word embeddings on Korean, Chinese and English text.</source>
        <translation>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;用韩语、中文和英语文本训练并探索词向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="356"/>
        <source>No model yet</source>
        <translation>还没有模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="359"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="360"/>
        <source>Model: {0} words · {1}</source>
        <translation>模型：{0} 个词 · {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="399"/>
        <source>closing Word2Vec Studio</source>
        <translation>关闭 Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="406"/>
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="408"/>
        <source>A training run is in progress. Stop it and close? The partial model is not saved.</source>
        <translation>训练正在进行。要停止并关闭吗？已训练的部分模型不会被保存。</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="130"/>
        <source>ranks {0:,}–{1:,}</source>
        <translation>第 {0:,}–{1:,} 名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="132"/>
        <source>ranks {0:,}+</source>
        <translation>第 {0:,} 名以后</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="155"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="249"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="250"/>
        <source>a word on the map</source>
        <translation>图上的一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="251"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="252"/>
        <source>Only the selected word&apos;s neighbours:</source>
        <translation>只显示所选词的近邻：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="253"/>
        <source>Fit view</source>
        <translation>适应视图</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/map_view.py" line="321"/>
        <source>{0}
count: {1}</source>
        <translation>{0}
词频：{1}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="83"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="119"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="125"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="28"/>
        <source>Models and word vectors (model.json {0})</source>
        <translation>模型和词向量 (model.json {0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="31"/>
        <source>Model folders (model.json)</source>
        <translation>模型文件夹 (model.json)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="32"/>
        <source>Word vectors ({0})</source>
        <translation>词向量 ({0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="33"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="83"/>
        <source>Save model as – type a name for the new model folder</source>
        <translation>模型另存为 – 输入新模型文件夹的名称</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="98"/>
        <source>Model folder (a new name, or model.json to replace a model) (*)</source>
        <translation>模型文件夹（新名称，或要替换的模型的 model.json） (*)</translation>
    </message>
</context>
<context>
    <name>ModelIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="50"/>
        <source>be read or written</source>
        <translation>读取或写入</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="60"/>
        <source>Open model (its model.json) or word vectors</source>
        <translation>打开模型（model.json）或词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="72"/>
        <source>opening another model</source>
        <translation>打开另一个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="92"/>
        <source>Opening the model…</source>
        <translation>正在打开模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="92"/>
        <source>be opened as a model</source>
        <translation>作为模型打开</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="98"/>
        <source>Import word vectors</source>
        <translation>导入词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="99"/>
        <source>Word vectors (*.vec *.txt *.bin *.gz *.tsv);;All files (*)</source>
        <translation>词向量 (*.vec *.txt *.bin *.gz *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="105"/>
        <source>importing vectors</source>
        <translation>导入词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="120"/>
        <source>Importing vectors…</source>
        <translation>正在导入词向量…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="120"/>
        <source>be read as word vectors</source>
        <translation>作为词向量读取</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="130"/>
        <source>There is no trained model to save yet: train one on the Train page.</source>
        <translation>还没有可保存的模型：请在“训练”页训练一个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="169"/>
        <source>Model saved in {0}</source>
        <translation>模型已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="173"/>
        <source>Saving the model…</source>
        <translation>正在保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="173"/>
        <source>be written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="179"/>
        <source>{0} is a file, not a folder: the model was not saved and the file was left as it is. Choose a folder, or make a new one.</source>
        <translation>{0} 是文件而不是文件夹：模型没有保存，该文件保持原样。请选择一个文件夹，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="182"/>
        <source>{0} has other files in it and is not a model folder: the model was not saved there and nothing in it was changed. Choose an empty folder, or make a new one in the dialog.</source>
        <translation>{0} 中有其他文件，不是模型文件夹：模型没有保存到那里，其中的内容也没有任何改动。请选择一个空文件夹，或在对话框中输入新名称。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="191"/>
        <source>Replace the model?</source>
        <translation>替换模型？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="192"/>
        <source>{0} already holds a model. Replace it with this one? The model that is there now will be gone.</source>
        <translation>{0} 中已有一个模型。要用当前模型替换它吗？原有的模型将被删除。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="203"/>
        <source>The model could not be saved: {0}. It is still open here: choose another folder (File &gt; Save model…).</source>
        <translation>模型未能保存：{0}。模型仍在此处打开：请选择另一个文件夹（文件 &gt; 保存模型…）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="208"/>
        <source>Save the model elsewhere?</source>
        <translation>把模型保存到别处？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="209"/>
        <source>Choose another folder now?</source>
        <translation>现在选择另一个文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="221"/>
        <source>There is nothing to export yet: train or open a model first.</source>
        <translation>还没有可导出的内容：请先训练或打开一个模型。</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="53"/>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="117"/>
        <source>This tokenizer has no options.</source>
        <translation>此分词器没有选项。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="103"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="120"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>PhrasesView</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>First word</source>
        <translation>第一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="178"/>
        <source>Last word</source>
        <translation>末词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="178"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="180"/>
        <source>Mikolov (word2vec)</source>
        <translation>Mikolov（word2vec）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="181"/>
        <source>Normalized PMI (-1 to 1)</source>
        <translation>归一化 PMI（-1 到 1）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="183"/>
        <source>How a word pair is scored. Mikolov: how much more often the two words follow each other than chance, scaled by the vocabulary size (threshold about 10). Normalized PMI: 1 when they only ever occur together, 0 for chance (threshold about 0.5).</source>
        <translation>词对的打分方式。Mikolov：两个词相邻出现比偶然多多少，再按词表大小缩放（阈值约 10）。归一化 PMI：总是一起出现为 1，偶然为 0（阈值约 0.5）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="186"/>
        <source>Scoring</source>
        <translation>打分方式</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="186"/>
        <source>Join pairs scoring above</source>
        <translation>合并得分高于此值的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="187"/>
        <source>Pairs seen at least</source>
        <translation>词对至少出现</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="187"/>
        <source>Passes</source>
        <translation>遍数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="191"/>
        <source>A second pass joins phrases of the first into longer ones: new_york + city.</source>
        <translation>第二遍把第一遍得到的短语连接成更长的短语：new_york + city。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="192"/>
        <source>Find collocations</source>
        <translation>查找搭配</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="193"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="195"/>
        <source>Find a phrase (part of it, or re: and a regular expression)</source>
        <translation>查找短语（短语的一部分，或 re: 加正则表达式）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="196"/>
        <source>Preview: the first lines with the phrases joined</source>
        <translation>预览：合并短语后的前几行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="197"/>
        <source>Press Find collocations to see them here.</source>
        <translation>点击“查找搭配”后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="216"/>
        <source>Choose and tokenize a corpus first: the collocations are found in its tokens.</source>
        <translation>请先选择语料并分词：搭配是在其分词结果中查找的。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="231"/>
        <source>Check the settings: {0}</source>
        <translation>请检查设置：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="262"/>
        <source>Reading: {0} words</source>
        <translation>读取中：{0} 个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="266"/>
        <source>Finding phrases: %p%</source>
        <translation>查找短语：%p%</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="283"/>
        <source>No pair of words scores above the threshold in {0} words. Lower the threshold or the minimum count.</source>
        <translation>在 {0} 个词中没有得分高于阈值的词对。请降低阈值或最少出现次数。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="289"/>
        <source>Finding collocations failed: {0}</source>
        <translation>查找搭配失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="292"/>
        <source>Stopped: the table was not changed.</source>
        <translation>已停止：表格未改变。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="318"/>
        <source>{0} phrases</source>
        <translation>{0} 个短语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="319"/>
        <source>{0} of {1} phrases match</source>
        <translation>{1} 个短语中有 {0} 个匹配</translation>
    </message>
</context>
<context>
    <name>PlacementControls</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="117"/>
        <source>Most frequent words</source>
        <translation>最常见的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="118"/>
        <source>Pasted word list</source>
        <translation>粘贴的词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="119"/>
        <source>Neighbours of a word</source>
        <translation>某个词的近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="120"/>
        <source>Words matching a regex</source>
        <translation>匹配正则表达式的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="124"/>
        <source>PCA (immediate)</source>
        <translation>PCA（即时）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="124"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="124"/>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="125"/>
        <source>Semantic axes (word sets)</source>
        <translation>语义轴（词集）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="128"/>
        <source>frequency band</source>
        <translation>词频区间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="128"/>
        <source>k-means cluster</source>
        <translation>k 均值聚类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="129"/>
        <source>part of speech</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="131"/>
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="132"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="133"/>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="134"/>
        <source>Clusters:</source>
        <translation>聚类数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="135"/>
        <source>Place words</source>
        <translation>放置词语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="138"/>
        <source>Paste words here, separated by spaces, commas or new lines</source>
        <translation>在此粘贴词语，用空格、逗号或换行分隔</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="148"/>
        <source>how many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="148"/>
        <source>at most:</source>
        <translation>最多：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="150"/>
        <source>a word, e.g. 서울 or 中国</source>
        <translation>一个词，例如 中国</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="152"/>
        <source>a regular expression, e.g. ^un.*able$</source>
        <translation>正则表达式，例如 ^中.*国$</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="24"/>
        <source>Tokenizer plugins</source>
        <translation>分词器插件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="28"/>
        <source>Tokenizers come from the plugins folder and from installed packages. Unavailable ones say why; install what they need and restart.</source>
        <translation>分词器来自 plugins 文件夹和已安装的软件包。不可用的分词器会说明原因；安装所需组件后重新启动即可。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="38"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="40"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="41"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50"/>
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50"/>
        <source>unavailable: {0}</source>
        <translation>不可用：{0}</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="20"/>
        <source>The number of processes must be at least 1.</source>
        <translation>进程数必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="21"/>
        <source>fastText models cannot be trained in several processes yet: their word-piece rows are not merged across processes. Use one process and more CPU threads.</source>
        <translation>fastText 模型暂时不能在多个进程中训练：各进程的词片段向量不会合并。请使用一个进程，并增加 CPU 线程数。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="26"/>
        <source>doc2vec models cannot be trained in several processes yet: their document vectors are not merged across processes. Use one process and more CPU threads.</source>
        <translation>doc2vec 模型暂时不能在多个进程中训练：各进程的文档向量不会合并。请使用一个进程，并增加 CPU 线程数。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="31"/>
        <source>Continuing a model cannot use several processes yet. Use one process, or train a new model.</source>
        <translation>继续训练模型暂时不能使用多个进程。请使用一个进程，或训练一个新模型。</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="100"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="102"/>
        <source>Word2Vec Studio project (*{0})</source>
        <translation>Word2Vec Studio 项目 (*{0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="122"/>
        <source>{0} was not saved: the training settings are not valid ({1}). Correct them on the Train page, then save the project again.</source>
        <translation>{0} 没有保存：训练参数无效（{1}）。请在训练页面改正后再保存项目。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="130"/>
        <source>be written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="148"/>
        <source>The model is not saved</source>
        <translation>模型尚未保存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="150"/>
        <source>The model you trained is not saved, so the project cannot include it. Save the model in {0} together with the project?</source>
        <translation>你训练的模型尚未保存，因此项目无法包含它。要把模型和项目一起保存到 {0} 吗？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="153"/>
        <source>Save the project without the model</source>
        <translation>保存项目但不含模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="166"/>
        <source>The project was not saved, because its model could not be saved in {0}. Choose another place for the project, or save the model first with File &gt; Save model.</source>
        <translation>项目没有保存，因为它的模型无法保存到 {0}。请为项目选择其他位置，或先用 文件 &gt; 保存模型 保存模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="180"/>
        <source>The project was saved in {0} without the model: the model you trained is not saved. Save it with File &gt; Save model, then save the project again to include it.</source>
        <translation>项目已保存到 {0}，但不含模型：你训练的模型尚未保存。请用 文件 &gt; 保存模型 保存它，再保存一次项目即可包含模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="187"/>
        <source>Project saved: {0}</source>
        <translation>项目已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="193"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="194"/>
        <source>Word2Vec Studio project (*{0});;All files (*)</source>
        <translation>Word2Vec Studio 项目 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="203"/>
        <source>opening a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="212"/>
        <source>be opened as a project</source>
        <translation>作为项目打开</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="279"/>
        <source>the corpus files {0}</source>
        <translation>语料文件 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="281"/>
        <source>the model {0}</source>
        <translation>模型 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="283"/>
        <source>the second model {0}</source>
        <translation>第二个模型 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="286"/>
        <source>the evaluation files {0}</source>
        <translation>评测文件 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="292"/>
        <source>Parts of the project are not where it expects them: {0}. Open them again from their new place, then save the project.</source>
        <translation>项目的部分内容不在原来的位置：{0}。请从新的位置重新打开它们，然后保存项目。</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="30"/>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="41"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="31"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="35"/>
        <source>Expected d</source>
        <translation>期望的 d</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="36"/>
        <source>Model&apos;s answer</source>
        <translation>模型的答案</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="37"/>
        <source>Rank of d</source>
        <translation>d 的排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="38"/>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="46"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="42"/>
        <source>Word 1</source>
        <translation>词 1</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="43"/>
        <source>Word 2</source>
        <translation>词 2</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="44"/>
        <source>Human score</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="45"/>
        <source>Model cosine</source>
        <translation>模型余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="49"/>
        <source>Unknown word</source>
        <translation>未登录词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="50"/>
        <source>Questions it blocked</source>
        <translation>受影响的题数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="53"/>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="54"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="56"/>
        <source>skipped: unknown word {0}</source>
        <translation>已跳过：未登录词 {0}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="149"/>
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="150"/>
        <source>Analogy a : b :: c : ?</source>
        <translation>类比 a : b :: c : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="151"/>
        <source>Similarity of two words</source>
        <translation>两个词的相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="152"/>
        <source>Odd one out</source>
        <translation>找出不同类的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="153"/>
        <source>Word arithmetic (+ / −)</source>
        <translation>词向量运算（+ / −）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="157"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="158"/>
        <source>How stable are these neighbours?</source>
        <translation>这些近邻有多稳定？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="160"/>
        <source>Train the model&apos;s settings again a few times (other seeds) and count in how many runs each neighbour comes back: neighbours in small corpora can be chance.</source>
        <translation>用相同设置再训练几次模型（不同的随机种子），统计每个近邻在几次运行中再次出现：小语料中的近邻可能只是偶然。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>Part of speech:</source>
        <translation>词性：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>a:</source>
        <translation>a：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>b:</source>
        <translation>b：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>c:</source>
        <translation>c：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="165"/>
        <source>First word:</source>
        <translation>第一个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="165"/>
        <source>Second word:</source>
        <translation>第二个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="166"/>
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="167"/>
        <source>Plus (+):</source>
        <translation>加 (+)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="167"/>
        <source>Minus (−):</source>
        <translation>减 (−)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="172"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="177"/>
        <source>e.g. man</source>
        <translation>例如 男人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="173"/>
        <source>e.g. king</source>
        <translation>例如 国王</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="174"/>
        <source>e.g. woman</source>
        <translation>例如 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="175"/>
        <source>three or more words, e.g. apple pear car</source>
        <translation>三个或更多词，例如 苹果 梨 汽车</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="176"/>
        <source>e.g. king woman</source>
        <translation>例如 国王 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="178"/>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="179"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="324"/>
        <source>all parts of speech</source>
        <translation>所有词性</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="186"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="186"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="192"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="193"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="190"/>
        <source>First word</source>
        <translation>第一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="191"/>
        <source>Second word</source>
        <translation>第二个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="196"/>
        <source>POS</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="234"/>
        <source>Train or open a model first: there are no vectors to ask.</source>
        <translation>请先训练或打开一个模型：还没有可以提问的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="244"/>
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="246"/>
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="249"/>
        <source>No similar spelling was found; words are case-sensitive, and words rarer than the model&apos;s minimum count are left out.</source>
        <translation>没有找到拼写相近的词；词区分大小写，且出现次数低于模型最小词频的词已被略去。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="283"/>
        <source>Type a word.</source>
        <translation>请输入一个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="293"/>
        <source>Nearest neighbours of “{0}”. Double-click a row for the lines where both words occur.</source>
        <translation>“{0}”的最近邻。双击一行可查看两个词同时出现的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="296"/>
        <source> “{0}” is not in the vocabulary: its vector is built from n-grams (the pieces of the word it shares with known words).</source>
        <translation> “{0}”不在词表中：它的向量由 n-gram（它与已知词共有的词片段）构成。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="299"/>
        <source> Only words tagged {0}.</source>
        <translation> 仅显示词性为 {0} 的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="337"/>
        <source>Fill in a, b and c.</source>
        <translation>请填写 a、b 和 c。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="343"/>
        <source>{0} : {1} :: {2} : ?</source>
        <translation>{0} : {1} :: {2} : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="351"/>
        <source>Type two words.</source>
        <translation>请输入两个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="360"/>
        <source>“{1}” is neighbour number {2:,} of “{0}”.</source>
        <translation>“{1}”是“{0}”的第 {2:,} 个近邻。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="370"/>
        <source>Type at least three words.</source>
        <translation>请至少输入三个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="378"/>
        <source>The odd one out is “{0}” (last row: least similar to the group&apos;s average).</source>
        <translation>不同类的词是“{0}”（最后一行：与整组平均最不相似）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="388"/>
        <source>Type at least one word to add.</source>
        <translation>请至少输入一个要相加的词。</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="57"/>
        <source>Word pairs in the file</source>
        <translation>文件中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="58"/>
        <source>Pairs with both words known</source>
        <translation>两个词都在词表中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="59"/>
        <source>Skipped (unknown word)</source>
        <translation>已跳过（未登录词）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="60"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="61"/>
        <source>Spearman p-value</source>
        <translation>Spearman p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="62"/>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="63"/>
        <source>Pearson p-value</source>
        <translation>Pearson p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="68"/>
        <source>Unknown words</source>
        <translation>未登录词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76"/>
        <source>semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76"/>
        <source>syntactic</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="85"/>
        <source>All semantic</source>
        <translation>全部语义类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="86"/>
        <source>All syntactic</source>
        <translation>全部语法类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="87"/>
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="101"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="102"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="103"/>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="104"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="105"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="106"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
</context>
<context>
    <name>RunEventsPart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="38"/>
        <source>Epoch {0}/{1} done: loss {2:.4f}, {3} words in {4:.1f} s</source>
        <translation>第 {0}/{1} 轮完成：损失 {2:.4f}，{3} 个词，用时 {4:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="45"/>
        <source>Vocabulary: {0} words; corpus: {1} words per epoch; device: {2}</source>
        <translation>词表：{0} 个词；语料：每轮 {1} 个词；设备：{2}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="53"/>
        <source>Finished: {0} epochs in {1}, {2} words/s; {3} words in the vocabulary, {4} dimensions; last epoch loss {5}.</source>
        <translation>完成：{0} 轮，用时 {1}，每秒 {2} 个词；词表 {3} 个词，{4} 维；最后一轮损失 {5}。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="64"/>
        <source>Finished.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="70"/>
        <source>Stopped during epoch {0} ({1:.0%} of the run). The partial model is kept: you can explore or save it, or press Start to train again.</source>
        <translation>在第 {0} 轮停止（已完成 {1:.0%}）。部分训练的模型已保留：可以探索或保存它，或点击开始重新训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="75"/>
        <source>Stopped by the user; partial model kept.</source>
        <translation>已由用户停止；保留部分训练的模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="77"/>
        <source>counting words: {0}</source>
        <translation>正在统计词数：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="81"/>
        <source>Stopped before training began: nothing was trained.</source>
        <translation>在训练开始前已停止：没有训练任何内容。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="83"/>
        <source>Stopped by the user.</source>
        <translation>已由用户停止。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="86"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="90"/>
        <source>The run failed; the last good vectors are kept.</source>
        <translation>训练失败；保留最后一次正常的词向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="115"/>
        <source>The loss is not a number: training has diverged. Stop, lower the learning rate (for example to 0.01) and press Start again.</source>
        <translation>损失不是数值（NaN）：训练已发散。请停止，调低学习率（例如 0.01），然后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="123"/>
        <source>{0:.0%} done, {1} words/s</source>
        <translation>已完成 {0:.0%}，每秒 {1} 个词</translation>
    </message>
</context>
<context>
    <name>SampleCorpus</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="32"/>
        <source>text8 (English Wikipedia, 100 MB of lowercase text, one line)</source>
        <translation>text8（英文维基百科，100 MB 小写文本，只有一行）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="35"/>
        <source>NSMC (Korean movie reviews, 200,000 lines, 14 MB)</source>
        <translation>NSMC（韩语电影评论，200,000 行，14 MB）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="36"/>
        <source>ChnSentiCorp hotel reviews (Chinese, 7,766 lines, 3 MB)</source>
        <translation>ChnSentiCorp 酒店评论（中文，7,766 行，3 MB）</translation>
    </message>
</context>
<context>
    <name>SettingsChecksPart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="73"/>
        <source>Processes is set to {0}. {1}</source>
        <translation>进程数设为 {0}。{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="86"/>
        <source>These settings cannot be used: {0}. Change them and press Start again.</source>
        <translation>这些设置无法使用：{0}。请修改后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="110"/>
        <source>Full softmax scores all {0} vocabulary words for every example: about {1}× slower than negative sampling here. Choose negative sampling or hierarchical softmax, or set Maximum words to a few thousand.</source>
        <translation>全 softmax 对每个样本都要计算词表中全部 {0} 个词：这里比负采样慢约 {1} 倍。请选择负采样或层次 softmax，或把“最大词数”设为几千。</translation>
    </message>
</context>
<context>
    <name>ShiftPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="101"/>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="102"/>
        <source>Add slices folder…</source>
        <translation>添加分段文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="103"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="104"/>
        <source>Only words seen at least</source>
        <translation>仅包括出现至少</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="105"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="106"/>
        <source>Compare first and last</source>
        <translation>比较第一个与最后一个</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="107"/>
        <source>Models in order (for example one per decade). The others are aligned onto the first by orthogonal Procrustes on their shared words.</source>
        <translation>按顺序排列的模型（例如每十年一个）。其余模型通过共有词上的正交 Procrustes 对齐到第一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="110"/>
        <source>Neighbours of the selected word, model by model, and its path across the models</source>
        <translation>所选词在各模型中的近邻及其跨模型的移动路径</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Cosine distance</source>
        <translation>余弦距离</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Neighbourhood change</source>
        <translation>近邻变化</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="126"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="131"/>
        <source>Choose a slices folder</source>
        <translation>选择分段文件夹</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="137"/>
        <source>{0} has no readable index.json: choose a folder written by &apos;w2v-studio slices&apos;.</source>
        <translation>{0} 中没有可读取的 index.json：请选择由 &apos;w2v-studio slices&apos; 生成的文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="148"/>
        <source>Add at least two models to compare.</source>
        <translation>请至少添加两个模型进行比较。</translation>
    </message>
</context>
<context>
    <name>StabilityPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="55"/>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="56"/>
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="57"/>
        <source>Resample the lines (bootstrap)</source>
        <translation>对行重抽样（自助法）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="58"/>
        <source>Each run trains on a sample of the corpus lines drawn with replacement, as Antoniak &amp; Mimno (2018) suggest for small corpora.</source>
        <translation>每次运行在有放回抽取的语料行样本上训练，这是 Antoniak &amp; Mimno (2018) 对小语料的建议。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="61"/>
        <source>How stable?</source>
        <translation>有多稳定？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="62"/>
        <source>Train the current model&apos;s settings again on its corpus and count in how many runs each neighbour comes back.</source>
        <translation>用当前模型的设置在其语料上重新训练，并统计每个近邻在多少次运行中再次出现。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Neighbour</source>
        <translation>近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Runs</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Mean rank</source>
        <translation>平均排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="78"/>
        <source>Train or open a model first: its settings and corpus are trained again.</source>
        <translation>请先训练或打开一个模型：将用它的设置和语料重新训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="94"/>
        <source>The tokenized corpus of this model is not at hand: open the Concordance tab to find or tokenize it again, then ask again.</source>
        <translation>找不到此模型的分词语料：请打开“语境索引”标签页找到或重新分词，然后再试。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="106"/>
        <source>Type a word.</source>
        <translation>请输入一个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="132"/>
        <source>&apos;{0}&apos; is in none of the runs&apos; vocabularies.</source>
        <translation>&apos;{0}&apos; 不在任何一次运行的词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="134"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="134"/>
        <source>unstable</source>
        <translation>不稳定</translation>
    </message>
</context>
<context>
    <name>StandardSetsDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="53"/>
        <source>Standard evaluation sets</source>
        <translation>标准评测集</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="59"/>
        <source>Published word-similarity and analogy sets, downloaded from their public repositories into the cache folder ({0}) and checked against their known checksums. Cite the paper of each set you report results on.</source>
        <translation>已发表的词语相似度和类比评测集，从其公开仓库下载到缓存文件夹（{0}），并用已知校验和核对。报告结果时请引用各评测集的论文。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="65"/>
        <source>Set</source>
        <translation>评测集</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="65"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="66"/>
        <source>In the cache</source>
        <translation>已在缓存中</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="67"/>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="80"/>
        <source>Download and add</source>
        <translation>下载并添加</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="86"/>
        <source>Citation:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="95"/>
        <source>similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="95"/>
        <source>analogy</source>
        <translation>类比</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="104"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="116"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="117"/>
        <source>Licence: {0}</source>
        <translation>许可：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="132"/>
        <source>Tick at least one set first.</source>
        <translation>请先勾选至少一个评测集。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="177"/>
        <source>{0} set(s) added to the evaluation files.</source>
        <translation>已将 {0} 个评测集添加到评测文件。</translation>
    </message>
</context>
<context>
    <name>TokenizerPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="83"/>
        <source>The tokenizer list could not be read: {0}</source>
        <translation>无法读取分词器列表：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="109"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="126"/>
        <source>The tokenizer &apos;{0}&apos; is not installed; choose another one.</source>
        <translation>分词器“{0}”未安装；请选择其他分词器。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="151"/>
        <source>Not available here: {0}</source>
        <translation>在本机不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="188"/>
        <source>The tokenizer failed on the preview: {0}</source>
        <translation>分词器在预览时出错：{0}</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="32"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="37"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="38"/>
        <source>word2vec learns one vector per word. fastText also learns vectors for pieces of words (3 to 6 letters), so it can give a vector to a word it never saw, such as a new inflected form, from the pieces it shares with known words. It trains more slowly and its model is larger. doc2vec also learns one vector per line of the corpus (a document), to find similar lines, or lines like a text you type (Explore &gt; Documents).</source>
        <translation>word2vec 为每个词学习一个向量。fastText 还为词的片段（3 到 6 个字符）学习向量，因此能根据与已知词共有的片段，为从未见过的词（如新的屈折形式）给出向量；训练更慢，模型更大。doc2vec 还为语料的每一行（一篇文档）学习一个向量，用来查找相似的行，或与输入文本相似的行（探索 &gt; 文档）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="48"/>
        <source>word2vec</source>
        <translation>word2vec</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="49"/>
        <source>fastText (subwords)</source>
        <translation>fastText（子词）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="50"/>
        <source>doc2vec (documents)</source>
        <translation>doc2vec（文档）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="56"/>
        <source>Word pieces</source>
        <translation>词片段</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="57"/>
        <source>fastText only: pieces made of letters, or, for Korean, of jamo (each syllable split into its consonants and vowel, so 먹었다 and 먹다 share more pieces).</source>
        <translation>仅用于 fastText：由字母组成的片段，或（韩语）由字母 jamo 组成的片段（每个音节拆成辅音和元音，因此 먹었다 与 먹다 共有更多片段）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="64"/>
        <source>letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="65"/>
        <source>Korean jamo</source>
        <translation>韩语字母（jamo）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="71"/>
        <source>Architecture</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="72"/>
        <source>Skip-gram predicts the words around each word (better for rare words); CBOW predicts a word from the words around it (faster). With doc2vec, skip-gram lets each line&apos;s vector predict its words (PV-DBOW, the word vectors trained too); CBOW adds the line&apos;s vector to the words around each word (PV-DM).</source>
        <translation>Skip-gram 用每个词预测它周围的词（对低频词更好）；CBOW 用周围的词预测中间的词（更快）。使用 doc2vec 时，skip-gram 让每行的向量预测该行的词（PV-DBOW，同时训练词向量）；CBOW 把行向量加到每个词周围的词上来预测该词（PV-DM）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="81"/>
        <source>skip-gram</source>
        <translation>Skip-gram</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="82"/>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="88"/>
        <source>Objective</source>
        <translation>训练目标</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="89"/>
        <source>How the model learns to predict: negative sampling (fast, the usual choice), hierarchical softmax (good for rare words) or full softmax (exact, slow with a large vocabulary).</source>
        <translation>模型学习预测的方式：负采样（快，最常用）、层次 softmax（对低频词好）或完整 softmax（精确，但词表大时很慢）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="96"/>
        <source>negative sampling</source>
        <translation>负采样</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="97"/>
        <source>hierarchical softmax</source>
        <translation>层次 softmax</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="98"/>
        <source>full softmax</source>
        <translation>完整 softmax</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="104"/>
        <source>CBOW context</source>
        <translation>CBOW 上下文</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="105"/>
        <source>CBOW only: average the context word vectors, or add them up.</source>
        <translation>仅用于 CBOW：对上下文词向量取平均或求和。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="109"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="110"/>
        <source>sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="116"/>
        <source>CBOW update</source>
        <translation>CBOW 更新方式</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="117"/>
        <source>CBOW average only: give each context word the whole error, as word2vec and gensim do (learns faster), or the exact gradient of the average.</source>
        <translation>仅用于 CBOW 平均：像 word2vec 和 gensim 那样把整个误差交给每个上下文词（学得更快），或使用平均值的精确梯度。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="123"/>
        <source>as word2vec</source>
        <translation>同 word2vec</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="124"/>
        <source>exact gradient</source>
        <translation>精确梯度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="130"/>
        <source>Vector size</source>
        <translation>向量维数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="131"/>
        <source>How many numbers describe each word; 50 to 300 is usual.</source>
        <translation>每个词用多少个数字来表示；通常为 50 到 300。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="140"/>
        <source>Window</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="141"/>
        <source>How many words on each side count as context.</source>
        <translation>左右两边各有多少个词算作上下文。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="148"/>
        <source>Random window</source>
        <translation>随机窗口</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="149"/>
        <source>Shrink the window at random for each word, as word2vec does, so that nearer words count more.</source>
        <translation>像 word2vec 一样为每个词随机缩小窗口，使距离更近的词权重更大。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="158"/>
        <source>Noise words</source>
        <translation>噪声词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="159"/>
        <source>Negative sampling: how many random noise words the model learns to tell apart from each real context word (5 to 20).</source>
        <translation>负采样：对每个真实的上下文词，模型要学会区分多少个随机噪声词（5 到 20）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="170"/>
        <source>Noise exponent</source>
        <translation>噪声指数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="171"/>
        <source>Noise words are drawn by frequency raised to this power; 0.75 gives rarer words a little more chance.</source>
        <translation>噪声词按词频的这个次方抽取；0.75 会让低频词被抽中的机会稍大一些。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="184"/>
        <source>Share noise words</source>
        <translation>共享噪声词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="185"/>
        <source>Skip-gram with noise words: the word pairs of one window share their noise words, which makes training several times faster.</source>
        <translation>跳字模型加负采样：同一窗口内的词对共用噪声词，训练速度可提高数倍。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="194"/>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="199"/>
        <source>Minimum count</source>
        <translation>最低词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="200"/>
        <source>Words seen fewer times than this are left out.</source>
        <translation>出现次数少于此值的词会被去掉。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="207"/>
        <source>Maximum words</source>
        <translation>最大词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="208"/>
        <source>Keep at most this many of the most frequent words.</source>
        <translation>最多保留这么多个最高频的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="213"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="218"/>
        <source>Subsampling</source>
        <translation>高频词下采样</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="219"/>
        <source>Very frequent words (the, 의, 的) are skipped at random above this share of the corpus, which speeds training and helps rarer words; 0 turns it off.</source>
        <translation>非常高频的词（the、의、的）在语料中所占比例超过此值时会被随机跳过，这能加快训练并有利于低频词；设为 0 则关闭。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="233"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="238"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="239"/>
        <source>How many times to go over the whole corpus.</source>
        <translation>把整个语料过几遍。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="246"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="247"/>
        <source>How big each learning step is at the start.</source>
        <translation>开始时每一步学习的幅度有多大。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="256"/>
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="257"/>
        <source>The learning rate falls steadily to this value by the end.</source>
        <translation>学习率会逐渐下降，到结束时降到这个值。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="268"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="269"/>
        <source>The same seed and settings give the same vectors (with one thread).</source>
        <translation>相同的种子和设置会得到相同的向量（使用单线程时）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="279"/>
        <source>Computer</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="284"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="285"/>
        <source>Where to train: the processor (CPU) or a graphics card (CUDA, Apple MPS). Auto picks a graphics card when there is one.</source>
        <translation>在哪里训练：处理器（CPU）或显卡（CUDA、Apple MPS）。选“自动”时，有显卡就用显卡。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="291"/>
        <location filename="../../w2v_studio/qt/train/fields.py" line="330"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="292"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="298"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="299"/>
        <source>How many processor threads train at the same time.</source>
        <translation>同时进行训练的处理器线程数。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="308"/>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="309"/>
        <source>Train in several copies of the trainer at once: each copy trains its own part of the corpus, with the CPU threads set above, and their vectors are merged regularly. Faster on a computer with many processor cores. 1 trains in this program alone. Not for fastText or doc2vec, nor when continuing a model.</source>
        <translation>同时运行几份训练程序：每一份训练语料的一部分，各自使用上面设定的 CPU 线程数，并定期合并它们的向量。在处理器核心多的电脑上更快。设为 1 时只在本程序中训练。不适用于 fastText、doc2vec，也不适用于继续训练模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="323"/>
        <source>Engine</source>
        <translation>计算引擎</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="324"/>
        <source>numba is fast on the CPU; torch is needed for a graphics card. Auto picks for you.</source>
        <translation>numba 在 CPU 上很快；使用显卡需要 torch。选“自动”会替您选择。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="331"/>
        <source>numba (CPU)</source>
        <translation>numba（CPU）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="332"/>
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="338"/>
        <source>Words per batch</source>
        <translation>每批词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="339"/>
        <source>Words handed to a thread at a time (CPU).</source>
        <translation>每次交给一个线程的词数（CPU）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="346"/>
        <source>Examples per step</source>
        <translation>每步样本数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="347"/>
        <source>Training examples per step on a graphics card (torch engine).</source>
        <translation>显卡上每一步使用的训练样本数（torch 引擎）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="356"/>
        <source>Longest line</source>
        <translation>最长行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="357"/>
        <source>Longer lines are cut into pieces of this many tokens.</source>
        <translation>更长的行会被切成每段这么多个词例。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="41"/>
        <source>gensim defaults</source>
        <translation>gensim 默认设置</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="42"/>
        <source>word2vec C defaults</source>
        <translation>word2vec C 默认设置</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="43"/>
        <source>small corpus</source>
        <translation>小语料</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="44"/>
        <source>quality (slower)</source>
        <translation>质量优先（较慢）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="159"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="160"/>
        <source>Words/s</source>
        <translation>每秒词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="161"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="162"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="163"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="164"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="229"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="230"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="235"/>
        <source>Ready-made settings: choose one, then change what you like.</source>
        <translation>现成的设置：先选一个，再按需要修改。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="239"/>
        <source>Explore this model</source>
        <translation>探索这个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="240"/>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="241"/>
        <source>Continue the current model</source>
        <translation>继续训练当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="244"/>
        <source>Train the current model further (a stopped run, a finished one or an opened model folder) instead of starting from random vectors. Its vocabulary, vector size and objective are kept; the other settings apply to the new epochs.</source>
        <translation>在当前模型（已停止的训练、已完成的训练或打开的模型文件夹）上继续训练，而不是从随机向量重新开始。它的词表、向量维数和训练目标保持不变；其他设置用于新的轮次。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="250"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="258"/>
        <source>Start training (F5); press again to stop.</source>
        <translation>开始训练（F5）；再按一次停止。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="275"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="278"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="281"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="288"/>
        <source>No tokenized corpus yet: add files on the Corpus page, or press Start to tokenize them first.</source>
        <translation>还没有分好词的语料：请在“语料”页添加文件，或点击开始先进行分词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="294"/>
        <source>Corpus: {0}</source>
        <translation>语料：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="355"/>
        <source>starting a new run</source>
        <translation>开始新的训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="342"/>
        <source>Tokenizing the corpus first; training starts when it is done.</source>
        <translation>先对语料分词；完成后自动开始训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="384"/>
        <source>Continuing the current model: {0} words, {1} dimensions, {2}, {3} epochs done; {4} more epochs</source>
        <translation>继续训练当前模型：{0} 个词，{1} 维，{2}，已完成 {3} 轮；再训练 {4} 轮</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="396"/>
        <source>Starting: {0}, {1}, {2} dimensions, {3} epochs</source>
        <translation>开始：{0}，{1}，{2} 维，{3} 轮</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="410"/>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="437"/>
        <source>Settings changed; press Start to train again.</source>
        <translation>设置已更改；点击开始重新训练。</translation>
    </message>
</context>
<context>
    <name>TrainThread</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="133"/>
        <source>Training stopped: {0}</source>
        <translation>训练已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="135"/>
        <source>Training stopped: {0} could not be read or written ({1}). Check that it exists and that the disk has room, then press Start again.</source>
        <translation>训练已停止：无法读取或写入 {0}（{1}）。请检查它是否存在以及磁盘是否有空间，然后再次按“开始”。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="139"/>
        <source>a file</source>
        <translation>某个文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="141"/>
        <source>Training stopped because of an unexpected problem. Your settings and corpus are kept: press Start to try again.</source>
        <translation>训练因意外问题而停止。您的设置和语料均已保留：按“开始”重试。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="147"/>
        <source>The details were written to {0}.</source>
        <translation>详细信息已写入 {0}。</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="90"/>
        <source>Unsaved work</source>
        <translation>未保存的工作</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="91"/>
        <source>Don&apos;t save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="103"/>
        <source>The model you trained is not saved.</source>
        <translation>你训练的模型尚未保存。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="106"/>
        <source>The project {0} has changes that are not saved.</source>
        <translation>项目 {0} 有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="111"/>
        <source>{0} now would drop this work. Save it first?</source>
        <translation>现在{0}会丢失这些工作。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="115"/>
        <source>The model will be saved in {0}, beside the project.</source>
        <translation>模型将保存到项目旁边的 {0} 中。</translation>
    </message>
</context>
<context>
    <name>WeatPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="99"/>
        <source>Targets X</source>
        <translation>目标 X</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="99"/>
        <source>Targets Y</source>
        <translation>目标 Y</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="100"/>
        <source>Attributes A</source>
        <translation>属性 A</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="100"/>
        <source>Attributes B</source>
        <translation>属性 B</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="103"/>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="104"/>
        <source>Words, one per line or separated by spaces</source>
        <translation>每行一个词，或用空格分隔</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="105"/>
        <source>Original English lists (Caliskan et al. 2017):</source>
        <translation>原始英文词表（Caliskan 等 2017）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="106"/>
        <source>Run WEAT</source>
        <translation>运行 WEAT</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="107"/>
        <source>Is X closer to A (and Y to B) than the other way round in the current model?</source>
        <translation>在当前模型中，X 是否比反过来更接近 A（且 Y 更接近 B）？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="112"/>
        <source>Open a word list</source>
        <translation>打开词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="113"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="133"/>
        <source>Open or train a model first.</source>
        <translation>请先打开或训练一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="137"/>
        <source>Fill in all four word sets.</source>
        <translation>请填写全部四个词集。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="156"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="156"/>
        <source>{0} random partitions</source>
        <translation>{0} 次随机划分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="158"/>
        <source>Effect size d = {0:.3f}, p = {1:.4g} ({2}).</source>
        <translation>效应量 d = {0:.3f}，p = {1:.4g}（{2}）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="162"/>
        <source>Not in the model, left out: {0}</source>
        <translation>模型中没有，已略去：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="126"/>
        <source>Welcome to Word2Vec Studio</source>
        <translation>欢迎使用 Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="129"/>
        <source>1. Corpus: open your text files (one sentence or paragraph per line) and choose a tokenizer.</source>
        <translation>1. 语料：打开文本文件（每行一个句子或段落），并选择分词器。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="134"/>
        <source>2. Train: choose settings or a preset and press Start; watch the loss fall.</source>
        <translation>2. 训练：选择设置或预设，点击开始；看着损失逐渐下降。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="137"/>
        <source>3. Explore: look up similar words, analogies and a map of the vocabulary.</source>
        <translation>3. 探索：查找相似词、类比，并查看词汇地图。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="139"/>
        <source>Open corpus files…</source>
        <translation>打开语料文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="140"/>
        <source>Open a folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="141"/>
        <source>Or start with an example:</source>
        <translation>或者从示例开始：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="142"/>
        <source>Korean constitution (ships with konlpy)</source>
        <translation>韩国宪法（konlpy 自带）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="144"/>
        <source>konlpy is not installed</source>
        <translation>未安装 konlpy</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="148"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="155"/>
        <source>checked against its SHA-256 checksum</source>
        <translation>用 SHA-256 校验和核对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="157"/>
        <source>checked by size only ({0} bytes; no checksum recorded yet)</source>
        <translation>只核对大小（{0} 字节；尚未记录校验和）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="160"/>
        <source>not checked: no checksum or size recorded yet</source>
        <translation>不核对：尚未记录校验和或大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="211"/>
        <source>verified by SHA-256</source>
        <translation>已通过 SHA-256 校验</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="212"/>
        <source>size checked; no checksum known, so the content is not verified</source>
        <translation>已核对大小；没有已知的校验和，因此内容未经验证</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="213"/>
        <source>not verified: no checksum or size is known for this file</source>
        <translation>未验证：此文件没有已知的校验和或大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="215"/>
        <source>from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="215"/>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="219"/>
        <source>{0}: {1}, {2}. SHA-256 of the file: {3}</source>
        <translation>{0}：{1}，{2}。文件的 SHA-256：{3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="230"/>
        <source>Download cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
</context>
</TS>
