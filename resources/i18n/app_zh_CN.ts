<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../w2v_studio/app.py" line="40" />
        <source>Something went wrong: {0}. Your work is still open; the details were written to {1}. Please report them if it happens again.</source>
        <translation>出现了问题：{0}。您的工作仍然保留；详细信息已写入 {1}。如果再次发生，请报告这些信息。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="95" />
        <source>Open second model…</source>
        <translation>打开第二个模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="96" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="97" />
        <source>Neighbours:</source>
        <translation>近邻数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="98" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="99" />
        <source>Current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="100" />
        <source>Second model</source>
        <translation>第二个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="104" />
        <source>Open another model or vector file (for example skip-gram against CBOW, or window 2 against 5).</source>
        <translation>打开另一个模型或向量文件（例如 skip-gram 对 CBOW，或窗口 2 对 5）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="109" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="109" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="109" />
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="120" />
        <source>Open second model</source>
        <translation>打开第二个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="122" />
        <source>Vectors (*.bin *.txt *.vec *.npy model.json);;All files (*)</source>
        <translation>向量 (*.bin *.txt *.vec *.npy model.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="132" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="145" />
        <source>Could not open it: {0}</source>
        <translation>无法打开：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="156" />
        <source>{0}: {1:,} words, {2} dimensions</source>
        <translation>{0}：{1:,} 个词，{2} 维</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="171" />
        <source>Train or open a model first.</source>
        <translation>请先训练或打开一个模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="186" />
        <source>“{0}” is not in {1}.</source>
        <translation>“{0}”不在{1}中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="187" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="195" />
        <source>Open a second model to compare with.</source>
        <translation>请打开第二个模型进行比较。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="199" />
        <source>{0} of {1} neighbours are in both lists (green).</source>
        <translation>{1} 个近邻中有 {0} 个在两个列表中都出现（绿色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="206" />
        <source>the current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="223" />
        <source>in both lists</source>
        <translation>两个列表中都有</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="168" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="169" />
        <source>With (optional):</source>
        <translation>同现词（可选）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="170" />
        <source>a second word, e.g. a neighbour</source>
        <translation>第二个词，例如一个近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="171" />
        <source>Within:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="172" />
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="173" />
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="175" />
        <source>corpus order</source>
        <translation>语料顺序</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="175" />
        <source>left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="175" />
        <source>right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="178" />
        <source>Show lines</source>
        <translation>显示句子</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="180" />
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="181" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="182" />
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="183" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="230" />
        <source>Type one word (a single token) to see its lines.</source>
        <translation>请输入一个词（单个词元）来查看它的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="249" />
        <source>Searching the corpus…</source>
        <translation>正在检索语料…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="268" />
        <source>The corpus could not be searched: {0}</source>
        <translation>无法检索语料：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="286" />
        <source>This model has no corpus attached (it was opened from a vector file, or its tokenized corpus was deleted), so its lines cannot be shown. Train it here, or open the model folder it was saved to.</source>
        <translation>此模型没有关联语料（它是从向量文件打开的，或其分词语料已被删除），因此无法显示句子。请在这里训练，或打开保存该模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="292" />
        <source>Click a word on the map or in a table to see its lines.</source>
        <translation>在图上或表格中点击一个词，即可查看它所在的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="294" />
        <source>{0:,} times “{1}” with “{2}” within {3} words</source>
        <translation>“{1}”与“{2}”在 {3} 个词以内同现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="298" />
        <source>{0:,} occurrences of “{1}”</source>
        <translation>“{1}”出现 {0:,} 次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="300" />
        <source>(showing the first {0:,})</source>
        <translation>（显示前 {0:,} 条）</translation>
    </message>
</context>
<context>
    <name>CorpusFilesPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="84" />
        <source>Open corpus files</source>
        <translation>打开语料文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="86" />
        <source>Text files (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="92" />
        <source>Open a folder of text files</source>
        <translation>打开文本文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="164" />
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="198" />
        <source>Detected: {0} (confidence {1:.0%}). Change it if the preview shows broken characters.</source>
        <translation>检测结果：{0}（置信度 {1:.0%}）。如果预览中出现乱码，请更改。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="221" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="222" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="223" />
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="224" />
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="233" />
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="233" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="233" />
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="237" />
        <source>Language: not recognised</source>
        <translation>语言：无法识别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="241" />
        <source>Language (guessed from the script): {0}</source>
        <translation>语言（根据文字推测）：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="243" />
        <source>suggested tokenizer: {0}</source>
        <translation>推荐的分词器：{0}</translation>
    </message>
</context>
<context>
    <name>CorpusPage</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="124" />
        <source>Corpus files</source>
        <translation>语料文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="125" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="126" />
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="127" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="128" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="131" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="132" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="133" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="134" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="135" />
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="138" />
        <source>Text column (CSV/TSV):</source>
        <translation>文本列（CSV/TSV）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="139" />
        <source>Text field (JSON Lines):</source>
        <translation>文本字段（JSON Lines）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="140" />
        <location filename="../../w2v_studio/qt/corpus/page.py" line="141" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="142" />
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="143" />
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="144" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="145" />
        <source>Type a sentence to see how it is split…</source>
        <translation>输入一个句子，看看它如何被切分…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="146" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="146" />
        <source>Tokens</source>
        <translation>词例</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="147" />
        <source>Tokenize</source>
        <translation>分词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="149" />
        <source>Split the whole corpus into words (in background processes).</source>
        <translation>将整个语料切分成词（在后台进程中进行）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="151" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="152" />
        <source>Use it</source>
        <translation>使用它</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="177" />
        <source>There is no readable corpus yet: add text files first.</source>
        <translation>还没有可读取的语料：请先添加文本文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="188" />
        <source>The tokenizer '{0}' cannot run here: {1}. Choose another tokenizer or install what it needs.</source>
        <translation>分词器“{0}”无法在本机运行：{1}。请选择其他分词器，或安装它所需的组件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="219" />
        <source>counting words…</source>
        <translation>正在统计词数…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="228" />
        <source>Tokenizing failed: {0}</source>
        <translation>分词失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="233" />
        <source>Tokenizing was cancelled.</source>
        <translation>分词已取消。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="248" />
        <source>{0} file(s), {1} lines, {2} tokens, tokenizer {3}</source>
        <translation>{0} 个文件，{1} 行，{2} 个词例，分词器 {3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="258" />
        <source>{0} line(s) could not be tokenized and were skipped; the first: {1}</source>
        <translation>有 {0} 行无法分词，已跳过；第一处：{1}</translation>
    </message>
</context>
<context>
    <name>CorpusStats</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="67" />
        <source>After tokenizing</source>
        <translation>分词结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="69" />
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="70" />
        <source>Tokens</source>
        <translation>词例</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="71" />
        <source>Different words (types)</source>
        <translation>不同的词（词型）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="73" />
        <source>Types kept (min count {0}, at most {1})</source>
        <translation>保留的词型（最低词频 {0}，最多 {1} 个）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="77" />
        <source>Types kept (min count {0})</source>
        <translation>保留的词型（最低词频 {0}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="79" />
        <source>Memory for training</source>
        <translation>训练所需内存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="80" />
        <source>Training time (rough)</source>
        <translation>训练时间（粗略）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="84" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="84" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="84" />
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="87" />
        <source>Estimates for the settings on the Train page; the time is a rough guide for this computer's CPU.</source>
        <translation>按“训练”页的设置估算；时间只是按本机 CPU 给出的粗略参考。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="91" />
        <source>Press Tokenize to see how many words the corpus has.</source>
        <translation>点击“分词”即可查看语料中有多少词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="145" />
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="146" />
        <source>about {0}</source>
        <translation>约 {0}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="44" />
        <source>PyTorch is not installed</source>
        <translation>未安装 PyTorch</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="45" />
        <source>no NVIDIA GPU found</source>
        <translation>未找到 NVIDIA GPU</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="46" />
        <source>not an Apple Silicon Mac</source>
        <translation>不是 Apple Silicon Mac</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="47" />
        <source>MPS unavailable</source>
        <translation>MPS 不可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="48" />
        <source>this PyTorch build has no CUDA support or no GPU is visible</source>
        <translation>此 PyTorch 版本不支持 CUDA，或看不到 GPU</translation>
    </message>
</context>
<context>
    <name>EnginePart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="60" />
        <source>Looking for graphics cards…</source>
        <translation>正在查找显卡…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="65" />
        <source>{0}: available</source>
        <translation>{0}：可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="68" />
        <source>{0}: not available ({1})</source>
        <translation>{0}：不可用（{1}）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="69" />
        <source>Devices found: {0}</source>
        <translation>检测到的设备：{0}</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="137" />
        <source>Evaluation files (similarity and analogy):</source>
        <translation>评测文件（相似度和类比）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="138" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="139" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="140" />
        <source>Analogy method:</source>
        <translation>类比方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="141" />
        <source>Search only the most frequent words (0 = all):</source>
        <translation>只在最常见的词中搜索（0 = 全部）：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="142" />
        <source>Ignore upper/lower case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="143" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="144" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="145" />
        <source>Export results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="148" />
        <source>Bars: Spearman correlation for similarity files (blue), accuracy for analogy files (orange).</source>
        <translation>柱形：相似度文件为 Spearman 相关系数（蓝色），类比文件为准确率（橙色）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="172" />
        <source>Choose evaluation files</source>
        <translation>选择评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="174" />
        <source>Evaluation files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>评测文件 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="197" />
        <source>similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="198" />
        <source>analogy</source>
        <translation>类比</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="199" />
        <source>not an evaluation file</source>
        <translation>不是评测文件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="218" />
        <source>Train or open a model first: there are no vectors to evaluate.</source>
        <translation>请先训练或打开一个模型：还没有可以评测的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="224" />
        <source>Add at least one similarity or analogy file first.</source>
        <translation>请先添加至少一个相似度或类比文件。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="273" />
        <source>The evaluation stopped: {0}</source>
        <translation>评测已中止：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="277" />
        <source>Evaluation cancelled.</source>
        <translation>评测已取消。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="332" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="332" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="342" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="345" />
        <source>Results saved to {0}</source>
        <translation>结果已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="117" />
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="118" />
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="119" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="139" />
        <source>Train a model or open one (File &gt; Open) to explore its words.</source>
        <translation>请训练或打开一个模型（文件 &gt; 打开）来探索其中的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="194" />
        <location filename="../../w2v_studio/qt/explore/page.py" line="352" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="196" />
        <location filename="../../w2v_studio/qt/explore/page.py" line="356" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="206" />
        <source>Not in the vocabulary, left out: {0}</source>
        <translation>不在词表中，已略去：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="232" />
        <source>Computing {0} for {1:,} words… (Cancel stops it)</source>
        <translation>正在为 {1:,} 个词计算 {0}…（按“取消”可停止）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="253" />
        <source>The map could not be computed: {0}</source>
        <translation>无法计算词图：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="334" />
        <source>“{0}” is not on the map. Choose “Neighbours of a word” to place it with its neighbours.</source>
        <translation>“{0}”不在图上。请选择“某个词的近邻”，把它和近邻一起放到图上。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="374" />
        <source>Click a word on the map first, then tick this box.</source>
        <translation>请先在图上点击一个词，再勾选此框。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="397" />
        <source>{0:,} of {1:,} words placed with {2} in {3:.2f} s.</source>
        <translation>已用 {2} 在 {3:.2f} 秒内放置 {1:,} 个词中的 {0:,} 个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="403" />
        <source>Hover a point for its count; click it to select.</source>
        <translation>鼠标悬停在点上可查看词频，点击可选中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="136" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="137" />
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="139" />
        <source>word2vec binary (.bin)</source>
        <translation>word2vec 二进制 (.bin)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="140" />
        <source>word2vec text (.txt)</source>
        <translation>word2vec 文本 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="141" />
        <source>vocabulary with counts (.txt)</source>
        <translation>带词频的词表 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="142" />
        <source>TSV + metadata for the Embedding Projector</source>
        <translation>供 Embedding Projector 使用的 TSV + 元数据</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="143" />
        <source>CSV (word, count, vector)</source>
        <translation>CSV（词、词频、向量）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="144" />
        <source>NumPy array + word list (.npy)</source>
        <translation>NumPy 数组 + 词表 (.npy)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="148" />
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="149" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="150" />
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="151" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="152" />
        <source>Only the most frequent words:</source>
        <translation>只导出最常见的词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="154" />
        <source>Leave out words that contain spaces (they would break the file)</source>
        <translation>略去含空格的词（否则文件会损坏）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="157" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="158" />
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="211" />
        <source>Export vectors</source>
        <translation>导出向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="159" />
        <source>Map of the Explore page</source>
        <translation>探索页的词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="162" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="163" />
        <source>SVG image</source>
        <translation>SVG 图片</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="164" />
        <source>2-D coordinates CSV (word, x, y, count)</source>
        <translation>二维坐标 CSV（词、x、y、词频）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="168" />
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="217" />
        <source>Export map</source>
        <translation>导出词图</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="184" />
        <source>Train or open a model first: there is nothing to export yet.</source>
        <translation>请先训练或打开一个模型：还没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="188" />
        <source>Place words on the Explore page to export the map.</source>
        <translation>请先在探索页放置词语，再导出词图。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="256" />
        <source>Nothing was exported: {0}</source>
        <translation>未导出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="286" />
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="54" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="55" />
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="58" />
        <source>Mean loss of the examples trained since the previous point (dashed lines: ends of epochs). It is measured while the vectors change, so in the last epochs it can level off or rise a little while the vectors still improve: judge them on the Evaluate page.</source>
        <translation>自上一个点以来所训练样本的平均损失（虚线：各轮结束处）。它是在向量变化的同时测量的，所以在最后几轮里，即使向量仍在变好，它也可能持平或略有上升：请在“评估”页判断向量的好坏。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="101" />
        <source>There is no corpus yet: open text files on the Corpus page (File &gt; Open corpus) and press Start again.</source>
        <translation>还没有语料：请在“语料”页打开文本文件（文件 &gt; 打开语料），然后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="110" />
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="172" />
        <source>Word2Vec Studio</source>
        <translation>Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="174" />
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="247" />
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="174" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="174" />
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="174" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="177" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="178" />
        <source>Open corpus files…</source>
        <translation>打开语料文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="179" />
        <source>Open corpus folder…</source>
        <translation>打开语料文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="180" />
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="181" />
        <source>Import vectors…</source>
        <translation>导入词向量…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="182" />
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="183" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="184" />
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="185" />
        <source>Save project…</source>
        <translation>保存项目…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="186" />
        <source>Recent items</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="187" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="188" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="189" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="190" />
        <source>Clear recent items</source>
        <translation>清除最近使用记录</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="192" />
        <source>Tokenizer plugins…</source>
        <translation>分词器插件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="193" />
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="306" />
        <source>About Word2Vec Studio</source>
        <translation>关于 Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="248" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="249" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="250" />
        <source>Vectors</source>
        <translation>词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="256" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="265" />
        <source>{0} no longer exists; it was removed from the recent items.</source>
        <translation>{0} 已不存在，已从最近使用中移除。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="308" />
        <source>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;Train and explore word embeddings on Korean, Chinese and English text.</source>
        <translation>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;用韩语、中文和英语文本训练并探索词向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="322" />
        <source>No model yet</source>
        <translation>还没有模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="325" />
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="326" />
        <source>Model: {0} words · {1}</source>
        <translation>模型：{0} 个词 · {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="368" />
        <source>Training is running</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="370" />
        <source>A training run is in progress. Stop it and close? The partial model is not saved.</source>
        <translation>训练正在进行。要停止并关闭吗？已训练的部分模型不会被保存。</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="104" />
        <source>ranks {0:,}–{1:,}</source>
        <translation>第 {0:,}–{1:,} 名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="106" />
        <source>ranks {0:,}+</source>
        <translation>第 {0:,} 名以后</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="213" />
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="214" />
        <source>a word on the map</source>
        <translation>图上的一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="215" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="216" />
        <source>Only the selected word's neighbours:</source>
        <translation>只显示所选词的近邻：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="217" />
        <source>Fit view</source>
        <translation>适应视图</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/map_view.py" line="312" />
        <source>{0}
count: {1}</source>
        <translation>{0}
词频：{1}</translation>
    </message>
</context>
<context>
    <name>ModelIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="44" />
        <source>Open a model folder (with model.json)</source>
        <translation>打开模型文件夹（包含 model.json）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="64" />
        <source>Opening the model…</source>
        <translation>正在打开模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="69" />
        <source>Import word vectors</source>
        <translation>导入词向量</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="71" />
        <source>Word vectors (*.vec *.txt *.bin *.gz *.tsv);;All files (*)</source>
        <translation>词向量 (*.vec *.txt *.bin *.gz *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="88" />
        <source>Importing vectors…</source>
        <translation>正在导入词向量…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="97" />
        <source>There is no trained model to save yet: train one on the Train page.</source>
        <translation>还没有可保存的模型：请在“训练”页训练一个。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="101" />
        <source>Choose an empty folder (or a new one) for the model</source>
        <translation>为模型选择一个空文件夹（或新建一个）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="120" />
        <source>Model saved in {0}</source>
        <translation>模型已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="125" />
        <source>Saving the model…</source>
        <translation>正在保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="133" />
        <source>There is nothing to export yet: train or open a model first.</source>
        <translation>还没有可导出的内容：请先训练或打开一个模型。</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="51" />
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="122" />
        <source>This tokenizer has no options.</source>
        <translation>此分词器没有选项。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="108" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="125" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>PlacementControls</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="107" />
        <source>Most frequent words</source>
        <translation>最常见的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="108" />
        <source>Pasted word list</source>
        <translation>粘贴的词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="109" />
        <source>Neighbours of a word</source>
        <translation>某个词的近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="110" />
        <source>Words matching a regex</source>
        <translation>匹配正则表达式的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="114" />
        <source>PCA (immediate)</source>
        <translation>PCA（即时）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="114" />
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="114" />
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="116" />
        <source>frequency band</source>
        <translation>词频区间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="116" />
        <source>k-means cluster</source>
        <translation>k 均值聚类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="118" />
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="119" />
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="120" />
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="121" />
        <source>Clusters:</source>
        <translation>聚类数：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="122" />
        <source>Place words</source>
        <translation>放置词语</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="123" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="125" />
        <source>Paste words here, separated by spaces, commas or new lines</source>
        <translation>在此粘贴词语，用空格、逗号或换行分隔</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="139" />
        <source>how many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="139" />
        <source>at most:</source>
        <translation>最多：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="141" />
        <source>a word, e.g. 서울 or 中国</source>
        <translation>一个词，例如 中国</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="143" />
        <source>a regular expression, e.g. ^un.*able$</source>
        <translation>正则表达式，例如 ^中.*国$</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="24" />
        <source>Tokenizer plugins</source>
        <translation>分词器插件</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="28" />
        <source>Tokenizers come from the plugins folder and from installed packages. Unavailable ones say why; install what they need and restart.</source>
        <translation>分词器来自 plugins 文件夹和已安装的软件包。不可用的分词器会说明原因；安装所需组件后重新启动即可。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="38" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="39" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="40" />
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="41" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="42" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50" />
        <source>ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50" />
        <source>unavailable: {0}</source>
        <translation>不可用：{0}</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="50" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="52" />
        <source>Word2Vec Studio project (*{0})</source>
        <translation>Word2Vec Studio 项目 (*{0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="65" />
        <source>The project was not saved: the training settings are not valid ({0}).</source>
        <translation>项目未保存：训练设置无效（{0}）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="75" />
        <source>The project could not be written to {0}: {1}</source>
        <translation>无法将项目写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="80" />
        <source>Project saved: {0}</source>
        <translation>项目已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="87" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="89" />
        <source>Word2Vec Studio project (*{0});;All files (*)</source>
        <translation>Word2Vec Studio 项目 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="110" />
        <source>These corpus files of the project are missing: {0}. Open them again from their new place.</source>
        <translation>项目中的这些语料文件不见了：{0}。请从它们的新位置重新打开。</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="136" />
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="137" />
        <source>Analogy a : b :: c : ?</source>
        <translation>类比 a : b :: c : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="138" />
        <source>Similarity of two words</source>
        <translation>两个词的相似度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="139" />
        <source>Odd one out</source>
        <translation>找出不同类的词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="140" />
        <source>Word arithmetic (+ / −)</source>
        <translation>词向量运算（+ / −）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="144" />
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="146" />
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="146" />
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="147" />
        <source>a:</source>
        <translation>a：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="147" />
        <source>b:</source>
        <translation>b：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="147" />
        <source>c:</source>
        <translation>c：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="147" />
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="148" />
        <source>First word:</source>
        <translation>第一个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="148" />
        <source>Second word:</source>
        <translation>第二个词：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="149" />
        <source>Words:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="150" />
        <source>Plus (+):</source>
        <translation>加 (+)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="150" />
        <source>Minus (−):</source>
        <translation>减 (−)：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="155" />
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="160" />
        <source>e.g. man</source>
        <translation>例如 男人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="156" />
        <source>e.g. king</source>
        <translation>例如 国王</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="157" />
        <source>e.g. woman</source>
        <translation>例如 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="158" />
        <source>three or more words, e.g. apple pear car</source>
        <translation>三个或更多词，例如 苹果 梨 汽车</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="159" />
        <source>e.g. king woman</source>
        <translation>例如 国王 女人</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="161" />
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="168" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="168" />
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="174" />
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="169" />
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="175" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="169" />
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="169" />
        <source>Count</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="172" />
        <source>First word</source>
        <translation>第一个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="173" />
        <source>Second word</source>
        <translation>第二个词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="217" />
        <source>Train or open a model first: there are no vectors to ask.</source>
        <translation>请先训练或打开一个模型：还没有可以提问的向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="227" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”不在词表中。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="229" />
        <source>Did you mean: {0}?</source>
        <translation>您是不是要找：{0}？</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="232" />
        <source>No similar spelling was found; words are case-sensitive, and words rarer than the model's minimum count are left out.</source>
        <translation>没有找到拼写相近的词；词区分大小写，且出现次数低于模型最小词频的词已被略去。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="256" />
        <source>Type a word.</source>
        <translation>请输入一个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="265" />
        <source>Nearest neighbours of “{0}”. Double-click a row for the lines where both words occur.</source>
        <translation>“{0}”的最近邻。双击一行可查看两个词同时出现的句子。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="277" />
        <source>Fill in a, b and c.</source>
        <translation>请填写 a、b 和 c。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="283" />
        <source>{0} : {1} :: {2} : ?</source>
        <translation>{0} : {1} :: {2} : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="291" />
        <source>Type two words.</source>
        <translation>请输入两个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="300" />
        <source>“{1}” is neighbour number {2:,} of “{0}”.</source>
        <translation>“{1}”是“{0}”的第 {2:,} 个近邻。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="310" />
        <source>Type at least three words.</source>
        <translation>请至少输入三个词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="318" />
        <source>The odd one out is “{0}” (last row: least similar to the group's average).</source>
        <translation>不同类的词是“{0}”（最后一行：与整组平均最不相似）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="328" />
        <source>Type at least one word to add.</source>
        <translation>请至少输入一个要相加的词。</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="57" />
        <source>Word pairs in the file</source>
        <translation>文件中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="58" />
        <source>Pairs with both words known</source>
        <translation>两个词都在词表中的词对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="59" />
        <source>Skipped (unknown word)</source>
        <translation>已跳过（未登录词）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="60" />
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="61" />
        <source>Spearman p-value</source>
        <translation>Spearman p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="62" />
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="63" />
        <source>Pearson p-value</source>
        <translation>Pearson p 值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="68" />
        <source>Unknown words</source>
        <translation>未登录词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76" />
        <source>semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76" />
        <source>syntactic</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="85" />
        <source>All semantic</source>
        <translation>全部语义类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="86" />
        <source>All syntactic</source>
        <translation>全部语法类</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="87" />
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="101" />
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="102" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="103" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="104" />
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="105" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="106" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
</context>
<context>
    <name>RunEventsPart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="37" />
        <source>Epoch {0}/{1} done: loss {2:.4f}, {3} words in {4:.1f} s</source>
        <translation>第 {0}/{1} 轮完成：损失 {2:.4f}，{3} 个词，用时 {4:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="43" />
        <source>Vocabulary: {0} words; corpus: {1} words per epoch; device: {2}</source>
        <translation>词表：{0} 个词；语料：每轮 {1} 个词；设备：{2}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="52" />
        <source>Finished: {0} epochs in {1}, {2} words/s; {3} words in the vocabulary, {4} dimensions; last epoch loss {5}.</source>
        <translation>完成：{0} 轮，用时 {1}，每秒 {2} 个词；词表 {3} 个词，{4} 维；最后一轮损失 {5}。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="63" />
        <source>Finished.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="69" />
        <source>Stopped during epoch {0} ({1:.0%} of the run). The partial model is kept: you can explore or save it, or press Start to train again.</source>
        <translation>在第 {0} 轮停止（已完成 {1:.0%}）。部分训练的模型已保留：可以探索或保存它，或点击开始重新训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="74" />
        <source>Stopped by the user; partial model kept.</source>
        <translation>已由用户停止；保留部分训练的模型。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="76" />
        <source>counting words: {0}</source>
        <translation>正在统计词数：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="80" />
        <source>Stopped before training began: nothing was trained.</source>
        <translation>在训练开始前已停止：没有训练任何内容。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="82" />
        <source>Stopped by the user.</source>
        <translation>已由用户停止。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="85" />
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="89" />
        <source>The run failed; the last good vectors are kept.</source>
        <translation>训练失败；保留最后一次正常的词向量。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="114" />
        <source>The loss is not a number: training has diverged. Stop, lower the learning rate (for example to 0.01) and press Start again.</source>
        <translation>损失不是数值（NaN）：训练已发散。请停止，调低学习率（例如 0.01），然后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="122" />
        <source>{0:.0%} done, {1} words/s</source>
        <translation>已完成 {0:.0%}，每秒 {1} 个词</translation>
    </message>
</context>
<context>
    <name>SampleCorpus</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="31" />
        <source>text8 (English Wikipedia, 100 MB of lowercase text, one line)</source>
        <translation>text8（英文维基百科，100 MB 小写文本，只有一行）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="34" />
        <source>NSMC (Korean movie reviews, 200,000 lines, 14 MB)</source>
        <translation>NSMC（韩语电影评论，200,000 行，14 MB）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="35" />
        <source>ChnSentiCorp hotel reviews (Chinese, 7,766 lines, 3 MB)</source>
        <translation>ChnSentiCorp 酒店评论（中文，7,766 行，3 MB）</translation>
    </message>
</context>
<context>
    <name>TokenizerPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="80" />
        <source>The tokenizer list could not be read: {0}</source>
        <translation>无法读取分词器列表：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="105" />
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="122" />
        <source>The tokenizer '{0}' is not installed; choose another one.</source>
        <translation>分词器“{0}”未安装；请选择其他分词器。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="147" />
        <source>Not available here: {0}</source>
        <translation>在本机不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="184" />
        <source>The tokenizer failed on the preview: {0}</source>
        <translation>分词器在预览时出错：{0}</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="44" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="49" />
        <source>Architecture</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="50" />
        <source>Skip-gram predicts the words around each word (better for rare words); CBOW predicts a word from the words around it (faster).</source>
        <translation>Skip-gram 用每个词预测它周围的词（对低频词更好）；CBOW 用周围的词预测中间的词（更快）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="56" />
        <source>skip-gram</source>
        <translation>Skip-gram</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="57" />
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="63" />
        <source>Objective</source>
        <translation>训练目标</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="64" />
        <source>How the model learns to predict: negative sampling (fast, the usual choice), hierarchical softmax (good for rare words) or full softmax (exact, slow with a large vocabulary).</source>
        <translation>模型学习预测的方式：负采样（快，最常用）、层次 softmax（对低频词好）或完整 softmax（精确，但词表大时很慢）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="71" />
        <source>negative sampling</source>
        <translation>负采样</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="72" />
        <source>hierarchical softmax</source>
        <translation>层次 softmax</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="73" />
        <source>full softmax</source>
        <translation>完整 softmax</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="79" />
        <source>CBOW context</source>
        <translation>CBOW 上下文</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="80" />
        <source>CBOW only: average the context word vectors, or add them up.</source>
        <translation>仅用于 CBOW：对上下文词向量取平均或求和。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="84" />
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="85" />
        <source>sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="91" />
        <source>CBOW update</source>
        <translation>CBOW 更新方式</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="92" />
        <source>CBOW average only: give each context word the whole error, as word2vec and gensim do (learns faster), or the exact gradient of the average.</source>
        <translation>仅用于 CBOW 平均：像 word2vec 和 gensim 那样把整个误差交给每个上下文词（学得更快），或使用平均值的精确梯度。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="98" />
        <source>as word2vec</source>
        <translation>同 word2vec</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="99" />
        <source>exact gradient</source>
        <translation>精确梯度</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="105" />
        <source>Vector size</source>
        <translation>向量维数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="106" />
        <source>How many numbers describe each word; 50 to 300 is usual.</source>
        <translation>每个词用多少个数字来表示；通常为 50 到 300。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="115" />
        <source>Window</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="116" />
        <source>How many words on each side count as context.</source>
        <translation>左右两边各有多少个词算作上下文。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="123" />
        <source>Random window</source>
        <translation>随机窗口</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="124" />
        <source>Shrink the window at random for each word, as word2vec does, so that nearer words count more.</source>
        <translation>像 word2vec 一样为每个词随机缩小窗口，使距离更近的词权重更大。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="133" />
        <source>Noise words</source>
        <translation>噪声词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="134" />
        <source>Negative sampling: how many random noise words the model learns to tell apart from each real context word (5 to 20).</source>
        <translation>负采样：对每个真实的上下文词，模型要学会区分多少个随机噪声词（5 到 20）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="145" />
        <source>Noise exponent</source>
        <translation>噪声指数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="146" />
        <source>Noise words are drawn by frequency raised to this power; 0.75 gives rarer words a little more chance.</source>
        <translation>噪声词按词频的这个次方抽取；0.75 会让低频词被抽中的机会稍大一些。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="159" />
        <source>Share noise words</source>
        <translation>共享噪声词</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="160" />
        <source>Skip-gram with noise words: the word pairs of one window share their noise words, which makes training several times faster.</source>
        <translation>跳字模型加负采样：同一窗口内的词对共用噪声词，训练速度可提高数倍。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="169" />
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="174" />
        <source>Minimum count</source>
        <translation>最低词频</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="175" />
        <source>Words seen fewer times than this are left out.</source>
        <translation>出现次数少于此值的词会被去掉。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="182" />
        <source>Maximum words</source>
        <translation>最大词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="183" />
        <source>Keep at most this many of the most frequent words.</source>
        <translation>最多保留这么多个最高频的词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="188" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="193" />
        <source>Subsampling</source>
        <translation>高频词下采样</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="194" />
        <source>Very frequent words (the, 의, 的) are skipped at random above this share of the corpus, which speeds training and helps rarer words; 0 turns it off.</source>
        <translation>非常高频的词（the、의、的）在语料中所占比例超过此值时会被随机跳过，这能加快训练并有利于低频词；设为 0 则关闭。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="208" />
        <source>Lowercase</source>
        <translation>转为小写</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="209" />
        <source>Fold capital letters to small ones before counting (English; no effect on Korean and Chinese).</source>
        <translation>统计前把大写字母转成小写（用于英语；对韩语和中文没有影响）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="218" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="223" />
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="224" />
        <source>How many times to go over the whole corpus.</source>
        <translation>把整个语料过几遍。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="231" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="232" />
        <source>How big each learning step is at the start.</source>
        <translation>开始时每一步学习的幅度有多大。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="241" />
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="242" />
        <source>The learning rate falls steadily to this value by the end.</source>
        <translation>学习率会逐渐下降，到结束时降到这个值。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="253" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="254" />
        <source>The same seed and settings give the same vectors (with one thread).</source>
        <translation>相同的种子和设置会得到相同的向量（使用单线程时）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="264" />
        <source>Computer</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="269" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="270" />
        <source>Where to train: the processor (CPU) or a graphics card (CUDA, Apple MPS). Auto picks a graphics card when there is one.</source>
        <translation>在哪里训练：处理器（CPU）或显卡（CUDA、Apple MPS）。选“自动”时，有显卡就用显卡。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="276" />
        <location filename="../../w2v_studio/qt/train/form.py" line="300" />
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="277" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="283" />
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="284" />
        <source>How many processor threads train at the same time.</source>
        <translation>同时进行训练的处理器线程数。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="293" />
        <source>Engine</source>
        <translation>计算引擎</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="294" />
        <source>numba is fast on the CPU; torch is needed for a graphics card. Auto picks for you.</source>
        <translation>numba 在 CPU 上很快；使用显卡需要 torch。选“自动”会替您选择。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="301" />
        <source>numba (CPU)</source>
        <translation>numba（CPU）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="302" />
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="308" />
        <source>Words per batch</source>
        <translation>每批词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="309" />
        <source>Words handed to a thread at a time (CPU).</source>
        <translation>每次交给一个线程的词数（CPU）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="316" />
        <source>Examples per step</source>
        <translation>每步样本数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="317" />
        <source>Training examples per step on a graphics card (torch engine).</source>
        <translation>显卡上每一步使用的训练样本数（torch 引擎）。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="326" />
        <source>Longest line</source>
        <translation>最长行</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/form.py" line="327" />
        <source>Longer lines are cut into pieces of this many tokens.</source>
        <translation>更长的行会被切成每段这么多个词例。</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="37" />
        <source>gensim defaults</source>
        <translation>gensim 默认设置</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="38" />
        <source>word2vec C defaults</source>
        <translation>word2vec C 默认设置</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="39" />
        <source>small corpus</source>
        <translation>小语料</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="40" />
        <source>quality (slower)</source>
        <translation>质量优先（较慢）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="154" />
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="155" />
        <source>Words/s</source>
        <translation>每秒词数</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="156" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="157" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="158" />
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="159" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="223" />
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="224" />
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="229" />
        <source>Ready-made settings: choose one, then change what you like.</source>
        <translation>现成的设置：先选一个，再按需要修改。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="233" />
        <source>Explore this model</source>
        <translation>探索这个模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="234" />
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="235" />
        <source>Continue the current model</source>
        <translation>继续训练当前模型</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="238" />
        <source>Train the current model further (a stopped run, a finished one or an opened model folder) instead of starting from random vectors. Its vocabulary, vector size and objective are kept; the other settings apply to the new epochs.</source>
        <translation>在当前模型（已停止的训练、已完成的训练或打开的模型文件夹）上继续训练，而不是从随机向量重新开始。它的词表、向量维数和训练目标保持不变；其他设置用于新的轮次。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="244" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="250" />
        <source>Start training (F5); press again to stop.</source>
        <translation>开始训练（F5）；再按一次停止。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="271" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="274" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="277" />
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="284" />
        <source>No tokenized corpus yet: add files on the Corpus page, or press Start to tokenize them first.</source>
        <translation>还没有分好词的语料：请在“语料”页添加文件，或点击开始先进行分词。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="290" />
        <source>Corpus: {0}</source>
        <translation>语料：{0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="426" />
        <source>These settings cannot be used: {0}. Change them and press Start again.</source>
        <translation>这些设置无法使用：{0}。请修改后再次点击开始。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="338" />
        <source>Tokenizing the corpus first; training starts when it is done.</source>
        <translation>先对语料分词；完成后自动开始训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="371" />
        <source>Continuing the current model: {0} words, {1} dimensions, {2}, {3} epochs done; {4} more epochs</source>
        <translation>继续训练当前模型：{0} 个词，{1} 维，{2}，已完成 {3} 轮；再训练 {4} 轮</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="383" />
        <source>Starting: {0}, {1}, {2} dimensions, {3} epochs</source>
        <translation>开始：{0}，{1}，{2} 维，{3} 轮</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="397" />
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="440" />
        <source>Settings changed; press Start to train again.</source>
        <translation>设置已更改；点击开始重新训练。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="468" />
        <source>Full softmax scores all {0} vocabulary words for every example: about {1}× slower than negative sampling here. Choose negative sampling or hierarchical softmax, or set Maximum words to a few thousand.</source>
        <translation>全 softmax 对每个样本都要计算词表中全部 {0} 个词：这里比负采样慢约 {1} 倍。请选择负采样或层次 softmax，或把“最大词数”设为几千。</translation>
    </message>
</context>
<context>
    <name>TrainThread</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="130" />
        <source>Training stopped with an unexpected error: {0}</source>
        <translation>训练因意外错误而停止：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="125" />
        <source>Welcome to Word2Vec Studio</source>
        <translation>欢迎使用 Word2Vec Studio</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="128" />
        <source>1. Corpus: open your text files (one sentence or paragraph per line) and choose a tokenizer.</source>
        <translation>1. 语料：打开文本文件（每行一个句子或段落），并选择分词器。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="133" />
        <source>2. Train: choose settings or a preset and press Start; watch the loss fall.</source>
        <translation>2. 训练：选择设置或预设，点击开始；看着损失逐渐下降。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="136" />
        <source>3. Explore: look up similar words, analogies and a map of the vocabulary.</source>
        <translation>3. 探索：查找相似词、类比，并查看词汇地图。</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="138" />
        <source>Open corpus files…</source>
        <translation>打开语料文件…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="139" />
        <source>Open a folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="140" />
        <source>Or start with an example:</source>
        <translation>或者从示例开始：</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="141" />
        <source>Korean constitution (ships with konlpy)</source>
        <translation>韩国宪法（konlpy 自带）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="143" />
        <source>konlpy is not installed</source>
        <translation>未安装 konlpy</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="147" />
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="149" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="158" />
        <source>checked against its SHA-256 checksum</source>
        <translation>用 SHA-256 校验和核对</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="160" />
        <source>checked by size only ({0} bytes; no checksum recorded yet)</source>
        <translation>只核对大小（{0} 字节；尚未记录校验和）</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="163" />
        <source>not checked: no checksum or size recorded yet</source>
        <translation>不核对：尚未记录校验和或大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="217" />
        <source>verified by SHA-256</source>
        <translation>已通过 SHA-256 校验</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="218" />
        <source>size checked; no checksum known, so the content is not verified</source>
        <translation>已核对大小；没有已知的校验和，因此内容未经验证</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="219" />
        <source>not verified: no checksum or size is known for this file</source>
        <translation>未验证：此文件没有已知的校验和或大小</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="221" />
        <source>from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="221" />
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="225" />
        <source>{0}: {1}, {2}. SHA-256 of the file: {3}</source>
        <translation>{0}：{1}，{2}。文件的 SHA-256：{3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="236" />
        <source>Download cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
</context>
</TS>
