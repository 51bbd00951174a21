<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="95" />
        <source>Open second model…</source>
        <translation>打开第二个模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="96" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="97" />
        <source>Neighbours:</source>
        <translation>近邻数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="98" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="99" />
        <source>Current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="100" />
        <source>Second model</source>
        <translation>第二个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="104" />
        <source>Open another model or vector file (for example skip-gram against CBOW, or window 2 against 5).</source>
        <translation>打开另一个模型或向量文件（例如 skip-gram 对 CBOW，或窗口 2 对 5）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="120" />
        <source>Open second model</source>
        <translation>打开第二个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="122" />
        <source>Vectors (*.bin *.txt *.vec *.npy model.json);;All files (*)</source>
        <translation>向量 (*.bin *.txt *.vec *.npy model.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="132" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="145" />
        <source>Could not open it: {0}</source>
        <translation>无法打开：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="156" />
        <source>{0}: {1:,} words, {2} dimensions</source>
        <translation>{0}：{1:,} 个词，{2} 维</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="171" />
        <source>Train or open a model first.</source>
        <translation>请先训练或打开一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="186" />
        <source>“{0}” is not in {1}.</source>
        <translation>“{0}”不在{1}中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="187" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="195" />
        <source>Open a second model to compare with.</source>
        <translation>请打开第二个模型进行比较。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="199" />
        <source>{0} of {1} neighbours are in both lists (green).</source>
        <translation>{1} 个近邻中有 {0} 个在两个列表中都出现（绿色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="206" />
        <source>the current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="223" />
        <source>in both lists</source>
        <translation>两个列表中都有</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="168" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="169" />
        <source>With (optional):</source>
        <translation>同现词（可选）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="170" />
        <source>a second word, e.g. a neighbour</source>
        <translation>第二个词，例如一个近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="171" />
        <source>Within:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="172" />
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="173" />
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>corpus order</source>
        <translation>语料顺序</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="178" />
        <source>Show lines</source>
        <translation>显示句子</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="180" />
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="181" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="182" />
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="183" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="230" />
        <source>Type one word (a single token) to see its lines.</source>
        <translation>请输入一个词（单个词元）来查看它的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="249" />
        <source>Searching the corpus…</source>
        <translation>正在检索语料…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="268" />
        <source>The corpus could not be searched: {0}</source>
        <translation>无法检索语料：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="286" />
        <source>This model has no corpus attached (it was opened from a vector file, or its tokenized corpus was deleted), so its lines cannot be shown. Train it here, or open the model folder it was saved to.</source>
        <translation>此模型没有关联语料（它是从向量文件打开的，或其分词语料已被删除），因此无法显示句子。请在这里训练，或打开保存该模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="292" />
        <source>Click a word on the map or in a table to see its lines.</source>
        <translation>在图上或表格中点击一个词，即可查看它所在的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="294" />
        <source>{0:,} times “{1}” with “{2}” within {3} words</source>
        <translation>“{1}”与“{2}”在 {3} 个词以内同现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="298" />
        <source>{0:,} occurrences of “{1}”</source>
        <translation>“{1}”出现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="300" />
        <source>(showing the first {0:,})</source>
        <translation>（显示前 {0:,} 条）</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="136" />
        <source>Evaluation files (similarity and analogy):</source>
        <translation>评测文件（相似度和类比）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="137" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="138" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="139" />
        <source>Analogy method:</source>
        <translation>类比方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="140" />
        <source>Search only the most frequent words (0 = all):</source>
        <translation>只在最常见的词中搜索（0 = 全部）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="141" />
        <source>Ignore upper/lower case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="142" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="143" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="144" />
        <source>Export results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="147" />
        <source>Bars: Spearman correlation for similarity files (blue), accuracy for analogy files (orange).</source>
        <translation>柱形：相似度文件为 Spearman 相关系数（蓝色），类比文件为准确率（橙色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="172" />
        <source>Choose evaluation files</source>
        <translation>选择评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="174" />
        <source>Evaluation files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>评测文件 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="197" />
        <source>similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="198" />
        <source>analogy</source>
        <translation>类比</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="199" />
        <source>not an evaluation file</source>
        <translation>不是评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="218" />
        <source>Train or open a model first: there are no vectors to evaluate.</source>
        <translation>请先训练或打开一个模型：还没有可以评测的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="224" />
        <source>Add at least one similarity or analogy file first.</source>
        <translation>请先添加至少一个相似度或类比文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="273" />
        <source>The evaluation stopped: {0}</source>
        <translation>评测已中止：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="277" />
        <source>Evaluation cancelled.</source>
        <translation>评测已取消。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="332" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="332" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="342" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="345" />
        <source>Results saved to {0}</source>
        <translation>结果已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="117" />
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="118" />
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="119" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="139" />
        <source>Train a model or open one (File &gt; Open) to explore its words.</source>
        <translation>请训练或打开一个模型（文件 &gt; 打开）来探索其中的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="169" />
        <location filename="../../w2v_studio/qt/explorer_page.py" line="326" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="171" />
        <location filename="../../w2v_studio/qt/explorer_page.py" line="330" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="181" />
        <source>Not in the vocabulary, left out: {0}</source>
        <translation>不在词表中，已略去：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="207" />
        <source>Computing {0} for {1:,} words… (Cancel stops it)</source>
        <translation>正在为 {1:,} 个词计算 {0}…（按“取消”可停止）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="228" />
        <source>The map could not be computed: {0}</source>
        <translation>无法计算词图：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="308" />
        <source>“{0}” is not on the map. Choose “Neighbours of a word” to place it with its neighbours.</source>
        <translation>“{0}”不在图上。请选择“某个词的近邻”，把它和近邻一起放到图上。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="348" />
        <source>Click a word on the map first, then tick this box.</source>
        <translation>请先在图上点击一个词，再勾选此框。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="371" />
        <source>{0:,} of {1:,} words placed with {2} in {3:.2f} s.</source>
        <translation>已用 {2} 在 {3:.2f} 秒内放置 {1:,} 个词中的 {0:,} 个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="377" />
        <source>Hover a point for its count; click it to select.</source>
        <translation>鼠标悬停在点上可查看词频，点击可选中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="135" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="136" />
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="138" />
        <source>word2vec binary (.bin)</source>
        <translation>word2vec 二进制 (.bin)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="139" />
        <source>word2vec text (.txt)</source>
        <translation>word2vec 文本 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="140" />
        <source>vocabulary with counts (.txt)</source>
        <translation>带词频的词表 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="141" />
        <source>TSV + metadata for the Embedding Projector</source>
        <translation>供 Embedding Projector 使用的 TSV + 元数据</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="142" />
        <source>CSV (word, count, vector)</source>
        <translation>CSV（词、词频、向量）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="143" />
        <source>NumPy array + word list (.npy)</source>
        <translation>NumPy 数组 + 词表 (.npy)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="147" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="148" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="149" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="150" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="151" />
        <source>Only the most frequent words:</source>
        <translation>只导出最常见的词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="153" />
        <source>Leave out words that contain spaces (they would break the file)</source>
        <translation>略去含空格的词（否则文件会损坏）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="156" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="157" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="210" />
        <source>Export vectors</source>
        <translation>导出向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="158" />
        <source>Map of the Explore page</source>
        <translation>探索页的词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="161" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="162" />
        <source>SVG image</source>
        <translation>SVG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="163" />
        <source>2-D coordinates CSV (word, x, y, count)</source>
        <translation>二维坐标 CSV（词、x、y、词频）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="167" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="216" />
        <source>Export map</source>
        <translation>导出词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="183" />
        <source>Train or open a model first: there is nothing to export yet.</source>
        <translation>请先训练或打开一个模型：还没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="187" />
        <source>Place words on the Explore page to export the map.</source>
        <translation>请先在探索页放置词语，再导出词图。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="255" />
        <source>Nothing was exported: {0}</source>
        <translation>未导出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="285" />
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_colours.py" line="86" />
        <source>ranks {0:,}–{1:,}</source>
        <translation>第 {0:,}–{1:,} 名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_colours.py" line="88" />
        <source>ranks {0:,}+</source>
        <translation>第 {0:,} 名以后</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="213" />
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="214" />
        <source>a word on the map</source>
        <translation>图上的一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="215" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="216" />
        <source>Only the selected word's neighbours:</source>
        <translation>只显示所选词的近邻：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="217" />
        <source>Fit view</source>
        <translation>适应视图</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../w2v_studio/qt/map_view.py" line="316" />
        <source>{0}
count: {1}</source>
        <translation>{0}
词频：{1}</translation>
    </message>
</context>
<context>
    <name>PlacementControls</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="107" />
        <source>Most frequent words</source>
        <translation>最常见的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="108" />
        <source>Pasted word list</source>
        <translation>粘贴的词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="109" />
        <source>Neighbours of a word</source>
        <translation>某个词的近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="110" />
        <source>Words matching a regex</source>
        <translation>匹配正则表达式的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="114" />
        <source>PCA (immediate)</source>
        <translation>PCA（即时）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="114" />
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="114" />
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="116" />
        <source>frequency band</source>
        <translation>词频区间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="116" />
        <source>k-means cluster</source>
        <translation>k 均值聚类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="118" />
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="119" />
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="120" />
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="121" />
        <source>Clusters:</source>
        <translation>聚类数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="122" />
        <source>Place words</source>
        <translation>放置词语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="123" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="125" />
        <source>Paste words here, separated by spaces, commas or new lines</source>
        <translation>在此粘贴词语，用空格、逗号或换行分隔</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="139" />
        <source>how many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="139" />
        <source>at most:</source>
        <translation>最多：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="141" />
        <source>a word, e.g. 서울 or 中国</source>
        <translation>一个词，例如 中国</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="143" />
        <source>a regular expression, e.g. ^un.*able$</source>
        <translation>正则表达式，例如 ^中.*国$</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="136" />
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="137" />
        <source>Analogy a : b :: c : ?</source>
        <translation>类比 a : b :: c : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="138" />
        <source>Similarity of two words</source>
        <translation>两个词的相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="139" />
        <source>Odd one out</source>
        <translation>找出不同类的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="140" />
        <source>Word arithmetic (+ / −)</source>
        <translation>词向量运算（+ / −）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="144" />
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="146" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="146" />
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>a:</source>
        <translation>a：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>b:</source>
        <translation>b：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>c:</source>
        <translation>c：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="148" />
        <source>First word:</source>
        <translation>第一个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="148" />
        <source>Second word:</source>
        <translation>第二个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="149" />
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="150" />
        <source>Plus (+):</source>
        <translation>加 (+)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="150" />
        <source>Minus (−):</source>
        <translation>减 (−)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="155" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="160" />
        <source>e.g. man</source>
        <translation>例如 男人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="156" />
        <source>e.g. king</source>
        <translation>例如 国王</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="157" />
        <source>e.g. woman</source>
        <translation>例如 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="158" />
        <source>three or more words, e.g. apple pear car</source>
        <translation>三个或更多词，例如 苹果 梨 汽车</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="159" />
        <source>e.g. king woman</source>
        <translation>例如 国王 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="161" />
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="168" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="168" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="174" />
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="175" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="172" />
        <source>First word</source>
        <translation>第一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="173" />
        <source>Second word</source>
        <translation>第二个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="217" />
        <source>Train or open a model first: there are no vectors to ask.</source>
        <translation>请先训练或打开一个模型：还没有可以提问的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="227" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="229" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="232" />
        <source>No similar spelling was found; words are case-sensitive, and words rarer than the model's minimum count are left out.</source>
        <translation>没有找到拼写相近的词；词区分大小写，且出现次数低于模型最小词频的词已被略去。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="256" />
        <source>Type a word.</source>
        <translation>请输入一个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="265" />
        <source>Nearest neighbours of “{0}”. Double-click a row for the lines where both words occur.</source>
        <translation>“{0}”的最近邻。双击一行可查看两个词同时出现的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="277" />
        <source>Fill in a, b and c.</source>
        <translation>请填写 a、b 和 c。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="283" />
        <source>{0} : {1} :: {2} : ?</source>
        <translation>{0} : {1} :: {2} : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="291" />
        <source>Type two words.</source>
        <translation>请输入两个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="300" />
        <source>“{1}” is neighbour number {2:,} of “{0}”.</source>
        <translation>“{1}”是“{0}”的第 {2:,} 个近邻。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="310" />
        <source>Type at least three words.</source>
        <translation>请至少输入三个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="318" />
        <source>The odd one out is “{0}” (last row: least similar to the group's average).</source>
        <translation>不同类的词是“{0}”（最后一行：与整组平均最不相似）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="328" />
        <source>Type at least one word to add.</source>
        <translation>请至少输入一个要相加的词。</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="57" />
        <source>Word pairs in the file</source>
        <translation>文件中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="58" />
        <source>Pairs with both words known</source>
        <translation>两个词都在词表中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="59" />
        <source>Skipped (unknown word)</source>
        <translation>已跳过（未登录词）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="60" />
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="61" />
        <source>Spearman p-value</source>
        <translation>Spearman p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="62" />
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="63" />
        <source>Pearson p-value</source>
        <translation>Pearson p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="68" />
        <source>Unknown words</source>
        <translation>未登录词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="69" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="69" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="76" />
        <source>semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="76" />
        <source>syntactic</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="85" />
        <source>All semantic</source>
        <translation>全部语义类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="86" />
        <source>All syntactic</source>
        <translation>全部语法类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="87" />
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="101" />
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="102" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="103" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="104" />
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="105" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="106" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
</context>
</TS>