<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Meaning change</source>
        <translation>词义变化</translation>
    </message>
    <message>
        <source>Associations (WEAT)</source>
        <translation>联想测试 (WEAT)</translation>
    </message>
    <message>
        <source>Neighbour stability</source>
        <translation>近邻稳定性</translation>
    </message>
    <message>
        <source>Semantic axes</source>
        <translation>语义轴</translation>
    </message>
</context>
<context>
    <name>AxesPart</name>
    <message>
        <source>x axis: towards</source>
        <translation>x 轴：指向</translation>
    </message>
    <message>
        <source>away from</source>
        <translation>背离</translation>
    </message>
    <message>
        <source>y axis: towards</source>
        <translation>y 轴：指向</translation>
    </message>
    <message>
        <source>Words to place</source>
        <translation>要放置的词</translation>
    </message>
    <message>
        <source>empty: the most frequent words</source>
        <translation>留空：最常见的词</translation>
    </message>
    <message>
        <source>Most frequent:</source>
        <translation>最常见：</translation>
    </message>
    <message>
        <source>Place words</source>
        <translation>放置词语</translation>
    </message>
    <message>
        <source>Open or train a model first.</source>
        <translation>请先打开或训练一个模型。</translation>
    </message>
    <message>
        <source>Give words for the x axis.</source>
        <translation>请为 x 轴输入词语。</translation>
    </message>
    <message>
        <source>Not in the model, left out: {0}</source>
        <translation>模型中没有，已略去：{0}</translation>
    </message>
</context>
<context>
    <name>ShiftPart</name>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add slices folder…</source>
        <translation>添加分段文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Only words seen at least</source>
        <translation>仅包括出现至少</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Compare first and last</source>
        <translation>比较第一个与最后一个</translation>
    </message>
    <message>
        <source>Models in order (for example one per decade). The others are aligned onto the first by orthogonal Procrustes on their shared words.</source>
        <translation>按顺序排列的模型（例如每十年一个）。其余模型通过共有词上的正交 Procrustes 对齐到第一个模型。</translation>
    </message>
    <message>
        <source>Neighbours of the selected word, model by model, and its path across the models</source>
        <translation>所选词在各模型中的近邻及其跨模型的移动路径</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Cosine distance</source>
        <translation>余弦距离</translation>
    </message>
    <message>
        <source>Neighbourhood change</source>
        <translation>近邻变化</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Choose a slices folder</source>
        <translation>选择分段文件夹</translation>
    </message>
    <message>
        <source>{0} has no readable index.json: choose a folder written by 'w2v-studio slices'.</source>
        <translation>{0} 中没有可读取的 index.json：请选择由 'w2v-studio slices' 生成的文件夹。</translation>
    </message>
    <message>
        <source>Add at least two models to compare.</source>
        <translation>请至少添加两个模型进行比较。</translation>
    </message>
</context>
<context>
    <name>StabilityPart</name>
    <message>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>运行次数：</translation>
    </message>
    <message>
        <source>Resample the lines (bootstrap)</source>
        <translation>对行重抽样（自助法）</translation>
    </message>
    <message>
        <source>Each run trains on a sample of the corpus lines drawn with replacement, as Antoniak &amp; Mimno (2018) suggest for small corpora.</source>
        <translation>每次运行在有放回抽取的语料行样本上训练，这是 Antoniak &amp; Mimno (2018) 对小语料的建议。</translation>
    </message>
    <message>
        <source>How stable?</source>
        <translation>有多稳定？</translation>
    </message>
    <message>
        <source>Train the current model's settings again on its corpus and count in how many runs each neighbour comes back.</source>
        <translation>用当前模型的设置在其语料上重新训练，并统计每个近邻在多少次运行中再次出现。</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>近邻</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>平均排名</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Train or open a model first: its settings and corpus are trained again.</source>
        <translation>请先训练或打开一个模型：将用它的设置和语料重新训练。</translation>
    </message>
    <message>
        <source>The corpus of this model is not at hand: train it in this session, or use 'w2v-studio stability' on the corpus.</source>
        <translation>找不到此模型的语料：请在本次会话中训练它，或对语料使用 'w2v-studio stability'。</translation>
    </message>
    <message>
        <source>Type a word.</source>
        <translation>请输入一个词。</translation>
    </message>
    <message>
        <source>'{0}' is in none of the runs' vocabularies.</source>
        <translation>'{0}' 不在任何一次运行的词表中。</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>不稳定</translation>
    </message>
</context>
<context>
    <name>WeatPart</name>
    <message>
        <source>Targets X</source>
        <translation>目标 X</translation>
    </message>
    <message>
        <source>Targets Y</source>
        <translation>目标 Y</translation>
    </message>
    <message>
        <source>Attributes A</source>
        <translation>属性 A</translation>
    </message>
    <message>
        <source>Attributes B</source>
        <translation>属性 B</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <source>Words, one per line or separated by spaces</source>
        <translation>每行一个词，或用空格分隔</translation>
    </message>
    <message>
        <source>Original English lists (Caliskan et al. 2017):</source>
        <translation>原始英文词表（Caliskan 等 2017）：</translation>
    </message>
    <message>
        <source>Run WEAT</source>
        <translation>运行 WEAT</translation>
    </message>
    <message>
        <source>Is X closer to A (and Y to B) than the other way round in the current model?</source>
        <translation>在当前模型中，X 是否比反过来更接近 A（且 Y 更接近 B）？</translation>
    </message>
    <message>
        <source>Open a word list</source>
        <translation>打开词表</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open or train a model first.</source>
        <translation>请先打开或训练一个模型。</translation>
    </message>
    <message>
        <source>Fill in all four word sets.</source>
        <translation>请填写全部四个词集。</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>{0} random partitions</source>
        <translation>{0} 次随机划分</translation>
    </message>
    <message>
        <source>Effect size d = {0:.3f}, p = {1:.4g} ({2}).</source>
        <translation>效应量 d = {0:.3f}，p = {1:.4g}（{2}）。</translation>
    </message>
    <message>
        <source>Not in the model, left out: {0}</source>
        <translation>模型中没有，已略去：{0}</translation>
    </message>
</context>
<context><name>MainWindow</name><message><source>Analyse</source><translation>分析</translation></message></context></TS>
