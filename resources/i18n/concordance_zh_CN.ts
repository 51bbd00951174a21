<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConcordanceView</name>
    <message>
        <source>Show tokens</source>
        <translation>显示词元</translation>
    </message>
    <message>
        <source>Show the tokens of the selected line</source>
        <translation>显示所选行的词元</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The corpus files could not be read: the tokens are shown instead of the text.</source>
        <translation>无法读取语料文件：显示的是词元而不是原文。</translation>
    </message>
    <message>
        <source>Tokens: {0}</source>
        <translation>词元：{0}</translation>
    </message>
    <message>
        <source>Export the concordance</source>
        <translation>导出语境索引</translation>
    </message>
    <message>
        <source>The concordance could not be written to {0} ({1}). Choose another folder.</source>
        <translation>无法将语境索引写入 {0}（{1}）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{0:,} lines written to {1}</source>
        <translation>已将 {0:,} 行写入 {1}</translation>
    </message>
</context>
<context>
    <name>CorpusLinkBar</name>
    <message>
        <source>Tokenize the corpus again</source>
        <translation>重新分词语料</translation>
    </message>
    <message>
        <source>Locate the corpus files…</source>
        <translation>查找语料文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looking for the corpus…</source>
        <translation>正在查找语料…</translation>
    </message>
    <message>
        <source>Tokenizing the corpus again…</source>
        <translation>正在重新分词语料…</translation>
    </message>
    <message>
        <source>Where are the corpus files now?</source>
        <translation>语料文件现在在哪里？</translation>
    </message>
    <message>
        <source>The tokenized copy of this model's corpus was deleted; its files are still there. Tokenize them again to see the lines.</source>
        <translation>该模型语料的分词副本已被删除，但原文件仍在。重新分词即可查看语境。</translation>
    </message>
    <message>
        <source>The tokenized copy of this model's corpus was deleted and its files were moved or changed ({0}). Locate the files to tokenize them again.</source>
        <translation>该模型语料的分词副本已被删除，原文件也已移动或更改（{0}）。找到这些文件即可重新分词。</translation>
    </message>
    <message>
        <source>Looking for the files in {0}…</source>
        <translation>正在 {0} 中查找文件…</translation>
    </message>
    <message>
        <source>Not found there: {0}. Choose the folder that holds them.</source>
        <translation>那里没有找到：{0}。请选择包含这些文件的文件夹。</translation>
    </message>
    <message>
        <source>not found: {0}</source>
        <translation>未找到：{0}</translation>
    </message>
    <message>
        <source>changed since training: {0}</source>
        <translation>训练后已更改：{0}</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>操作失败：{0}</translation>
    </message>
    <message>
        <source>The corpus files were moved or changed ({0}), so the lines are shown as tokens. Locate the files to see the original text.</source>
        <translation>语料文件已移动或更改（{0}），因此以词元显示语境。找到这些文件即可查看原文。</translation>
    </message>
</context>
</TS>
