<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ConcordanceView</name>
    <message>
        <source>Show tokens</source>
        <translation>토큰 보기</translation>
    </message>
    <message>
        <source>Show the tokens of the selected line</source>
        <translation>선택한 줄의 토큰을 보여 줍니다</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>The corpus files could not be read: the tokens are shown instead of the text.</source>
        <translation>말뭉치 파일을 읽을 수 없어 원문 대신 토큰을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Tokens: {0}</source>
        <translation>토큰: {0}</translation>
    </message>
    <message>
        <source>Export the concordance</source>
        <translation>용례 내보내기</translation>
    </message>
    <message>
        <source>The concordance could not be written to {0} ({1}). Choose another folder.</source>
        <translation>용례를 {0}에 쓸 수 없습니다 ({1}). 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>{0:,} lines written to {1}</source>
        <translation>{0:,}줄을 {1}에 썼습니다</translation>
    </message>
</context>
<context>
    <name>CorpusLinkBar</name>
    <message>
        <source>Tokenize the corpus again</source>
        <translation>말뭉치 다시 토큰화</translation>
    </message>
    <message>
        <source>Locate the corpus files…</source>
        <translation>말뭉치 파일 찾기…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Looking for the corpus…</source>
        <translation>말뭉치를 찾는 중…</translation>
    </message>
    <message>
        <source>Tokenizing the corpus again…</source>
        <translation>말뭉치를 다시 토큰화하는 중…</translation>
    </message>
    <message>
        <source>Where are the corpus files now?</source>
        <translation>말뭉치 파일은 지금 어디에 있나요?</translation>
    </message>
    <message>
        <source>The tokenized copy of this model's corpus was deleted; its files are still there. Tokenize them again to see the lines.</source>
        <translation>이 모델 말뭉치의 토큰화 사본이 지워졌지만 원본 파일은 그대로 있습니다. 다시 토큰화하면 문장을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The tokenized copy of this model's corpus was deleted and its files were moved or changed ({0}). Locate the files to tokenize them again.</source>
        <translation>이 모델 말뭉치의 토큰화 사본이 지워졌고 원본 파일도 옮겨졌거나 바뀌었습니다 ({0}). 파일을 찾으면 다시 토큰화합니다.</translation>
    </message>
    <message>
        <source>Looking for the files in {0}…</source>
        <translation>{0}에서 파일을 찾는 중…</translation>
    </message>
    <message>
        <source>Not found there: {0}. Choose the folder that holds them.</source>
        <translation>그곳에 없는 파일: {0}. 이 파일들이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>not found: {0}</source>
        <translation>찾을 수 없음: {0}</translation>
    </message>
    <message>
        <source>changed since training: {0}</source>
        <translation>학습 뒤에 바뀜: {0}</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>실패했습니다: {0}</translation>
    </message>
    <message>
        <source>The corpus files were moved or changed ({0}), so the lines are shown as tokens. Locate the files to see the original text.</source>
        <translation>말뭉치 파일이 옮겨졌거나 바뀌어서 ({0}) 문장을 토큰으로 보여 줍니다. 파일을 찾으면 원문을 볼 수 있습니다.</translation>
    </message>
</context>
</TS>
