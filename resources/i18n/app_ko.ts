<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="37"/>
        <source>Meaning change</source>
        <translation>의미 변화</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="37"/>
        <source>Associations (WEAT)</source>
        <translation>연상 검사(WEAT)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="38"/>
        <source>Neighbour stability</source>
        <translation>이웃 안정성</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/page.py" line="38"/>
        <source>Semantic axes</source>
        <translation>의미 축</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../w2v_studio/app.py" line="93"/>
        <source>be opened</source>
        <translation>열</translation>
    </message>
</context>
<context>
    <name>AxesInputs</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="51"/>
        <source>Horizontal axis from</source>
        <translation>가로축: 시작</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="52"/>
        <source>Vertical axis from</source>
        <translation>세로축: 시작</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="54"/>
        <source>to</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="55"/>
        <source>e.g. he man his</source>
        <translation>예: 그 남자 아버지</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="56"/>
        <source>e.g. she woman her</source>
        <translation>예: 그녀 여자 어머니</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="57"/>
        <source>optional, e.g. bad awful</source>
        <translation>선택, 예: 나쁜 끔찍한</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/axes_inputs.py" line="58"/>
        <source>optional, e.g. good great</source>
        <translation>선택, 예: 좋은 훌륭한</translation>
    </message>
</context>
<context>
    <name>AxesPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="64"/>
        <source>x axis: towards</source>
        <translation>x축: 이쪽으로</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="64"/>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="65"/>
        <source>away from</source>
        <translation>반대쪽</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="65"/>
        <source>y axis: towards</source>
        <translation>y축: 이쪽으로</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="66"/>
        <source>Words to place</source>
        <translation>배치할 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="69"/>
        <source>empty: the most frequent words</source>
        <translation>비우면 가장 빈번한 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="70"/>
        <source>Most frequent:</source>
        <translation>빈도 상위:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="71"/>
        <source>Place words</source>
        <translation>단어 배치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="81"/>
        <source>Open or train a model first.</source>
        <translation>먼저 모델을 열거나 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="84"/>
        <source>Give words for the x axis.</source>
        <translation>x축 단어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/axes_part.py" line="99"/>
        <source>Not in the model, left out: {0}</source>
        <translation>모델에 없어 제외한 단어: {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="103"/>
        <source>Open second model…</source>
        <translation>두 번째 모델 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="104"/>
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="105"/>
        <source>Neighbours:</source>
        <translation>이웃 수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="106"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="107"/>
        <source>Current model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="108"/>
        <source>Second model</source>
        <translation>두 번째 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="112"/>
        <source>Open another model or vector file (for example skip-gram against CBOW, or window 2 against 5).</source>
        <translation>다른 모델이나 벡터 파일을 여세요 (예: skip-gram과 CBOW, 창 크기 2와 5).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="117"/>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="122"/>
        <source>Open second model (its model.json) or word vectors</source>
        <translation>두 번째 모델(model.json) 또는 단어 벡터 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="130"/>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="143"/>
        <source>Could not open it: {0}</source>
        <translation>열 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="155"/>
        <source>{0}: {1:,} words, {2} dimensions</source>
        <translation>{0}: 단어 {1:,}개, {2}차원</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="177"/>
        <source>Train or open a model first.</source>
        <translation>먼저 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="192"/>
        <source>“{0}” is not in {1}.</source>
        <translation>“{0}”은(는) {1}에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="193"/>
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="201"/>
        <source>Open a second model to compare with.</source>
        <translation>비교할 두 번째 모델을 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="205"/>
        <source>{0} of {1} neighbours are in both lists (green).</source>
        <translation>이웃 {1}개 중 {0}개가 두 목록 모두에 있습니다 (초록).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="212"/>
        <source>the current model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/compare_view.py" line="229"/>
        <source>in both lists</source>
        <translation>두 목록 모두에 있음</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="129"/>
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="130"/>
        <source>With (optional):</source>
        <translation>함께 나올 단어 (선택):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="131"/>
        <source>a second word, e.g. a neighbour</source>
        <translation>두 번째 단어, 예: 이웃 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="132"/>
        <source>Within:</source>
        <translation>거리:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="133"/>
        <source> words</source>
        <translation> 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="134"/>
        <source>Sort by:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>corpus order</source>
        <translation>말뭉치 순서</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>left context</source>
        <translation>왼쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="136"/>
        <source>right context</source>
        <translation>오른쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="139"/>
        <source>Show lines</source>
        <translation>문장 보기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="140"/>
        <source>Show tokens</source>
        <translation>토큰 보기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="141"/>
        <source>Show the tokens of the selected line</source>
        <translation>선택한 줄의 토큰을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="142"/>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="143"/>
        <source>Left context</source>
        <translation>왼쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="143"/>
        <source>Right context</source>
        <translation>오른쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="144"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="146"/>
        <source>The corpus files could not be read: the tokens are shown instead of the text.</source>
        <translation>말뭉치 파일을 읽을 수 없어 원문 대신 토큰을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="208"/>
        <source>Type one word (a single token) to see its lines.</source>
        <translation>문장을 보려면 단어 하나(토큰 하나)를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="231"/>
        <source>Searching the corpus…</source>
        <translation>말뭉치를 검색하는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="257"/>
        <source>The corpus could not be searched: {0}</source>
        <translation>말뭉치를 검색할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="299"/>
        <source>Tokens: {0}</source>
        <translation>토큰: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="306"/>
        <source>Export the concordance</source>
        <translation>용례 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="318"/>
        <source>The concordance could not be written to {0} ({1}). Choose another folder.</source>
        <translation>용례를 {0}에 쓸 수 없습니다 ({1}). 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="322"/>
        <source>{0:,} lines written to {1}</source>
        <translation>{0:,}줄을 {1}에 썼습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="337"/>
        <source>This model has no corpus attached (it was opened from a vector file, or its tokenized corpus was deleted), so its lines cannot be shown. Train it here, or open the model folder it was saved to.</source>
        <translation>이 모델에는 말뭉치가 연결되어 있지 않아서 (벡터 파일에서 열었거나 토큰화한 말뭉치가 지워졌습니다) 문장을 보여 줄 수 없습니다. 여기서 학습하거나, 모델을 저장한 폴더를 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="343"/>
        <source>Click a word on the map or in a table to see its lines.</source>
        <translation>지도나 표에서 단어를 클릭하면 그 단어가 나오는 문장을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="345"/>
        <source>{0:,} times “{1}” with “{2}” within {3} words</source>
        <translation>“{1}”와(과) “{2}”가 {3}단어 안에서 함께 나온 횟수: {0:,}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="349"/>
        <source>{0:,} occurrences of “{1}”</source>
        <translation>“{1}” {0:,}회 출현</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/concordance_view.py" line="351"/>
        <source>(showing the first {0:,})</source>
        <translation>(처음 {0:,}개 표시)</translation>
    </message>
</context>
<context>
    <name>CorpusFilesPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="88"/>
        <source>Open corpus files</source>
        <translation>말뭉치 파일 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="89"/>
        <source>Text files (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>텍스트 파일 (*.txt *.csv *.tsv *.jsonl *.gz *.bz2 *.xz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="95"/>
        <source>Open a folder of text files</source>
        <translation>텍스트 파일 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="170"/>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="206"/>
        <source>Detected: {0} (confidence {1:.0%}). Change it if the preview shows broken characters.</source>
        <translation>감지됨: {0} (신뢰도 {1:.0%}). 미리 보기에서 글자가 깨져 보이면 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="230"/>
        <source>text</source>
        <translation>텍스트</translation>
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
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="242"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="242"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="246"/>
        <source>Language: not recognised</source>
        <translation>언어: 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="250"/>
        <source>Language (guessed from the script): {0}</source>
        <translation>언어(문자로 추정): {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_files.py" line="252"/>
        <source>suggested tokenizer: {0}</source>
        <translation>추천 토크나이저: {0}</translation>
    </message>
</context>
<context>
    <name>CorpusLinkBar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="114"/>
        <source>Tokenize the corpus again</source>
        <translation>말뭉치 다시 토큰화</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="115"/>
        <source>Locate the corpus files…</source>
        <translation>말뭉치 파일 찾기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="116"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="161"/>
        <source>Looking for the corpus…</source>
        <translation>말뭉치를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="180"/>
        <source>Tokenizing the corpus again…</source>
        <translation>말뭉치를 다시 토큰화하는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="193"/>
        <source>Where are the corpus files now?</source>
        <translation>말뭉치 파일은 지금 어디에 있나요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="207"/>
        <source>Looking for the files in {0}…</source>
        <translation>{0}에서 파일을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="217"/>
        <source>Not found there: {0}. Choose the folder that holds them.</source>
        <translation>그곳에 없는 파일: {0}. 이 파일들이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="255"/>
        <source>This did not work: {0}</source>
        <translation>실패했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="292"/>
        <source>not found: {0}</source>
        <translation>찾을 수 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="294"/>
        <source>changed since training: {0}</source>
        <translation>학습 뒤에 바뀜: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="303"/>
        <source>The corpus files were moved or changed ({0}), so the lines are shown as tokens. Locate the files to see the original text.</source>
        <translation>말뭉치 파일이 옮겨졌거나 바뀌어서 ({0}) 문장을 토큰으로 보여 줍니다. 파일을 찾으면 원문을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="308"/>
        <source>The tokenized copy of this model&apos;s corpus was deleted; its files are still there. Tokenize them again to see the lines.</source>
        <translation>이 모델 말뭉치의 토큰화 사본이 지워졌지만 원본 파일은 그대로 있습니다. 다시 토큰화하면 문장을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/corpus_link.py" line="312"/>
        <source>The tokenized copy of this model&apos;s corpus was deleted and its files were moved or changed ({0}). Locate the files to tokenize them again.</source>
        <translation>이 모델 말뭉치의 토큰화 사본이 지워졌고 원본 파일도 옮겨졌거나 바뀌었습니다 ({0}). 파일을 찾으면 다시 토큰화합니다.</translation>
    </message>
</context>
<context>
    <name>CorpusPage</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="135"/>
        <source>Corpus files</source>
        <translation>말뭉치 파일</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="136"/>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="137"/>
        <source>Collocations</source>
        <translation>연어(콜로케이션)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="138"/>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="139"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="140"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="141"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="144"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="145"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="146"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="147"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="148"/>
        <source>Lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="151"/>
        <source>Text column (CSV/TSV):</source>
        <translation>텍스트 열(CSV/TSV):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="152"/>
        <source>Replace unreadable bytes</source>
        <translation>읽을 수 없는 바이트 바꾸기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="153"/>
        <source>Read files with a few damaged bytes: each byte that cannot be decoded becomes �, and how many were replaced is shown.</source>
        <translation>손상된 바이트가 조금 있는 파일도 읽습니다. 해독할 수 없는 바이트는 �로 바뀌고, 몇 개를 바꿨는지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="156"/>
        <source>Text field (JSON Lines):</source>
        <translation>텍스트 필드(JSON Lines):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="157"/>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="158"/>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="159"/>
        <source>Tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="160"/>
        <source>Tokenizer:</source>
        <translation>토크나이저:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="161"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="162"/>
        <source>Type a sentence to see how it is split…</source>
        <translation>문장을 입력하면 어떻게 나뉘는지 보여 줍니다…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="163"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="163"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="164"/>
        <source>Tokenize</source>
        <translation>토큰화</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="166"/>
        <source>Split the whole corpus into words (in background processes).</source>
        <translation>말뭉치 전체를 단어로 나눕니다(백그라운드 프로세스에서).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="168"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="169"/>
        <source>Use it</source>
        <translation>이것 사용</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="190"/>
        <source>There is no readable corpus yet: add text files first.</source>
        <translation>읽을 수 있는 말뭉치가 아직 없습니다. 먼저 텍스트 파일을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="201"/>
        <source>The tokenizer &apos;{0}&apos; cannot run here: {1}. Choose another tokenizer or install what it needs.</source>
        <translation>토크나이저 &apos;{0}&apos;을(를) 이 컴퓨터에서 실행할 수 없습니다: {1}. 다른 토크나이저를 고르거나 필요한 것을 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="232"/>
        <source>counting words…</source>
        <translation>단어 세는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="241"/>
        <source>Tokenizing failed: {0}</source>
        <translation>토큰화에 실패했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="246"/>
        <source>Tokenizing was cancelled.</source>
        <translation>토큰화를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="261"/>
        <source>{0} file(s), {1} lines, {2} tokens, tokenizer {3}</source>
        <translation>파일 {0}개, {1}줄, 토큰 {2}개, 토크나이저 {3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page.py" line="271"/>
        <source>{0} line(s) could not be tokenized and were skipped; the first: {1}</source>
        <translation>{0}줄을 토큰화하지 못해 건너뛰었습니다. 첫 번째: {1}</translation>
    </message>
</context>
<context>
    <name>CorpusStats</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="63"/>
        <source>After tokenizing</source>
        <translation>토큰화 결과</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="65"/>
        <source>Lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="66"/>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="67"/>
        <source>Different words (types)</source>
        <translation>서로 다른 단어(유형)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="69"/>
        <source>Types kept (min count {0}, at most {1})</source>
        <translation>남는 유형(최소 빈도 {0}, 최대 {1}개)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="73"/>
        <source>Types kept (min count {0})</source>
        <translation>남는 유형(최소 빈도 {0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="75"/>
        <source>Memory for training</source>
        <translation>학습에 필요한 메모리</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="76"/>
        <source>Training time (rough)</source>
        <translation>학습 시간(대략)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="83"/>
        <source>Estimates for the settings on the Train page; the time is a rough guide for this computer&apos;s CPU.</source>
        <translation>학습 페이지의 설정으로 계산한 추정치입니다. 시간은 이 컴퓨터 CPU 기준의 대략적인 값입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="87"/>
        <source>Press Tokenize to see how many words the corpus has.</source>
        <translation>[토큰화]를 누르면 말뭉치에 단어가 몇 개인지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="134"/>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="139"/>
        <source>about {0}</source>
        <translation>약 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/stats.py" line="138"/>
        <source>Training time (measured here)</source>
        <translation>학습 시간(이 컴퓨터에서 측정)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="48"/>
        <source>PyTorch is not installed</source>
        <translation>PyTorch가 설치되어 있지 않음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="49"/>
        <source>no NVIDIA GPU found</source>
        <translation>NVIDIA GPU를 찾지 못함</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="50"/>
        <source>not an Apple Silicon Mac</source>
        <translation>Apple Silicon Mac이 아님</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="51"/>
        <source>MPS unavailable</source>
        <translation>MPS를 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="52"/>
        <source>this PyTorch build has no CUDA support or no GPU is visible</source>
        <translation>이 PyTorch 빌드는 CUDA를 지원하지 않거나 GPU가 보이지 않음</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="164"/>
        <source>Type a text to find the most similar documents</source>
        <translation>텍스트를 입력하면 가장 비슷한 문서를 찾습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="165"/>
        <source>Documents:</source>
        <translation>문서 수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="166"/>
        <source>Find similar</source>
        <translation>비슷한 문서 찾기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="167"/>
        <source>The text is cut into words with the model&apos;s tokenizer and its vector is learnt with the word vectors kept fixed</source>
        <translation>텍스트를 모델의 토크나이저로 단어로 나누고, 단어 벡터는 그대로 둔 채 그 텍스트의 벡터를 학습합니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="170"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="244"/>
        <source>Reading the documents of the model…</source>
        <translation>모델의 문서를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="248"/>
        <source>This model has no document vectors. Train one with the method doc2vec (on the Train page, or &apos;w2v-studio train CORPUS --method doc2vec&apos;) to see its documents here.</source>
        <translation>이 모델에는 문서 벡터가 없습니다. doc2vec 방법으로 학습하면(학습 페이지, 또는 &apos;w2v-studio train CORPUS --method doc2vec&apos;) 여기에서 문서를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="253"/>
        <source>{0:,} documents ({1}); click one on the map or in the table to see the most similar ones, or type a text.</source>
        <translation>문서 {0:,}개({1}). 지도나 표에서 문서를 누르면 가장 비슷한 문서를 보여 주고, 텍스트를 입력해 찾을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="257"/>
        <source>The map shows {0:,} of them, evenly spaced.</source>
        <translation>지도에는 그중 {0:,}개를 고르게 골라 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="277"/>
        <source>Finding the documents most similar to the text…</source>
        <translation>텍스트와 가장 비슷한 문서를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="302"/>
        <source>Your text</source>
        <translation>입력한 텍스트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/documents_view.py" line="302"/>
        <source>Original text</source>
        <translation>원문</translation>
    </message>
</context>
<context>
    <name>EnginePart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="99"/>
        <source>Looking for graphics cards…</source>
        <translation>그래픽 카드를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="104"/>
        <source>{0}: available</source>
        <translation>{0}: 사용 가능</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="107"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: 사용할 수 없음({1})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_engine.py" line="108"/>
        <source>Devices found: {0}</source>
        <translation>찾은 장치: {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="47"/>
        <source>an unexpected problem stopped it (a fault in Word2Vec Studio or a plugin, or input it did not expect). Your work is still open: try again</source>
        <translation>예상하지 못한 문제로 중단되었습니다(Word2Vec Studio나 플러그인의 결함, 또는 예상하지 못한 입력). 작업은 그대로 열려 있습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="53"/>
        <source>, and if it happens again, report the details written to {0}</source>
        <translation>. 다시 일어나면 {0}에 기록된 자세한 내용을 보고해 주세요</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="77"/>
        <source>The file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="88"/>
        <source>{0} could not {1}: {2}</source>
        <translation>{0}: {1} 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="93"/>
        <source>the system refused it</source>
        <translation>시스템이 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="95"/>
        <source>{0} could not {1}: {2}. Check that it exists, that you may read and write there and that the disk has room, then try again.</source>
        <translation>{0}: {1} 수 없습니다: {2}. 파일이 있는지, 그곳을 읽고 쓸 권한이 있는지, 디스크에 공간이 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="103"/>
        <source>{0} could not {1}: it is not a text file in UTF-8 (byte {2}). Choose a file written by Word2Vec Studio or saved as UTF-8 text.</source>
        <translation>{0}: {1} 수 없습니다: UTF-8 텍스트 파일이 아닙니다({2}번째 바이트). Word2Vec Studio가 저장한 파일이나 UTF-8 텍스트로 저장한 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="111"/>
        <source>{0} could not {1}: the computer ran out of memory. Close other programs or use a smaller file, then try again.</source>
        <translation>{0}: {1} 수 없습니다: 메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 파일을 사용한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="118"/>
        <source>{0} could not {1}. The file may be damaged or not meant for Word2Vec Studio: check that it is the right one.</source>
        <translation>{0}: {1} 수 없습니다. 파일이 손상되었거나 Word2Vec Studio용 파일이 아닐 수 있습니다. 올바른 파일인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="132"/>
        <source>Something went wrong inside Word2Vec Studio. Your work is still open: save it, then try again.</source>
        <translation>Word2Vec Studio 내부에서 문제가 생겼습니다. 작업은 그대로 열려 있습니다. 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/errors.py" line="138"/>
        <source>The details were written to {0}; please report them if it happens again.</source>
        <translation>자세한 내용은 {0}에 기록되었습니다. 다시 일어나면 보고해 주세요.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="167"/>
        <source>Evaluation files (similarity and analogy):</source>
        <translation>평가 파일 (유사도·유추):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="168"/>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="169"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="170"/>
        <source>Analogy method:</source>
        <translation>유추 방법:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="171"/>
        <source>Search only the most frequent words (0 = all):</source>
        <translation>가장 자주 나오는 단어 안에서만 찾기 (0 = 전체):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="172"/>
        <source>Ignore upper/lower case</source>
        <translation>대소문자 구분 안 함</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="173"/>
        <source>Get standard sets…</source>
        <translation>표준 평가 세트 받기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="174"/>
        <source>Look test words up through the model&apos;s tokenizer</source>
        <translation>모델의 토크나이저로 평가 단어 찾기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="176"/>
        <source>A test word that is not in the vocabulary is tokenized with the tokenizer the model was trained with and its first token is used (자동차를 → 자동차).</source>
        <translation>어휘에 없는 평가 단어를 모델 학습에 쓴 토크나이저로 나누어 첫 토큰을 씁니다 (자동차를 → 자동차).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="178"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="179"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="180"/>
        <source>Export results as CSV…</source>
        <translation>결과를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="183"/>
        <source>Bars: Spearman correlation for similarity files (blue), accuracy for analogy files (orange).</source>
        <translation>막대: 유사도 파일은 스피어만 상관계수(파랑), 유추 파일은 정확도(주황).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="203"/>
        <source>Choose evaluation files</source>
        <translation>평가 파일 선택</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="204"/>
        <source>Evaluation files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>평가 파일 (*.txt *.tsv *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="226"/>
        <source>similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="227"/>
        <source>analogy</source>
        <translation>유추</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="228"/>
        <source>not an evaluation file</source>
        <translation>평가 파일 아님</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="247"/>
        <source>Train or open a model first: there are no vectors to evaluate.</source>
        <translation>먼저 모델을 학습하거나 여세요. 평가할 벡터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="253"/>
        <source>Add at least one similarity or analogy file first.</source>
        <translation>먼저 유사도 파일이나 유추 파일을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="311"/>
        <source>The evaluation stopped: {0}</source>
        <translation>평가가 중단되었습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="315"/>
        <source>Evaluation cancelled.</source>
        <translation>평가를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="327"/>
        <source>Test words were not looked up through the model&apos;s tokenizer: {0}</source>
        <translation>평가 단어를 모델의 토크나이저로 찾지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="387"/>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="387"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="396"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/page.py" line="399"/>
        <source>Results saved to {0}</source>
        <translation>결과를 {0}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>EvaluateWorkspace</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="14"/>
        <source>the evaluation part of the project is not an object</source>
        <translation>프로젝트의 평가 부분이 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="17"/>
        <source>&apos;files&apos; must be a list of file names</source>
        <translation>&apos;files&apos;는 파일 이름 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="18"/>
        <source>result {0} was left out ({1})</source>
        <translation>결과 {0}을(를) 뺐습니다 ({1})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="19"/>
        <source>&apos;settings&apos; must be an object</source>
        <translation>&apos;settings&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/workspace.py" line="20"/>
        <source>The project&apos;s evaluation results could not be fully restored: {0}.</source>
        <translation>프로젝트의 평가 결과를 모두 되살리지 못했습니다: {0}.</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="127"/>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="128"/>
        <source>Concordance</source>
        <translation>용례</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="129"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="130"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="148"/>
        <source>Train a model or open one (File &gt; Open) to explore its words.</source>
        <translation>단어를 탐색하려면 모델을 학습하거나 여세요 (파일 &gt; 열기).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="203"/>
        <location filename="../../w2v_studio/qt/explore/page.py" line="399"/>
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”은(는) 어휘에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="205"/>
        <location filename="../../w2v_studio/qt/explore/page.py" line="403"/>
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="215"/>
        <source>Not in the vocabulary, left out: {0}</source>
        <translation>어휘에 없어서 뺀 단어: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="250"/>
        <source>Computing {0} for {1:,} words… (Cancel stops it)</source>
        <translation>{1:,}개 단어의 {0} 계산 중… (취소하면 멈춥니다)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="264"/>
        <source>Type the words at both ends of the horizontal axis (for example he / she), then press Place words.</source>
        <translation>가로축 양 끝의 단어를 입력하고(예: 그 / 그녀) &apos;단어 배치&apos;를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="292"/>
        <source>The map could not be computed: {0}</source>
        <translation>지도를 계산할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="295"/>
        <source>The map could not be computed with {0} for these words. Try PCA, or place fewer or other words.</source>
        <translation>이 단어들로는 {0} 지도를 계산할 수 없습니다. PCA를 쓰거나 더 적은 단어, 다른 단어를 배치해 보세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="381"/>
        <source>“{0}” is not on the map. Choose “Neighbours of a word” to place it with its neighbours.</source>
        <translation>“{0}”은(는) 지도에 없습니다. “한 단어의 이웃”을 골라 그 이웃과 함께 배치하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="421"/>
        <source>Click a word on the map first, then tick this box.</source>
        <translation>먼저 지도에서 단어를 클릭한 다음 이 상자를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="438"/>
        <source>semantic axes</source>
        <translation>의미 축</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="446"/>
        <source>{0:,} of {1:,} words placed with {2} in {3:.2f} s.</source>
        <translation>단어 {1:,}개 중 {0:,}개를 {2}(으)로 {3:.2f}초 만에 배치했습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/page.py" line="452"/>
        <source>Hover a point for its count; click it to select.</source>
        <translation>점 위에 마우스를 올리면 빈도가, 클릭하면 선택됩니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="143"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="144"/>
        <source>Vectors</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="146"/>
        <source>word2vec binary (.bin)</source>
        <translation>word2vec 바이너리 (.bin)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="147"/>
        <source>word2vec text (.txt)</source>
        <translation>word2vec 텍스트 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="148"/>
        <source>vocabulary with counts (.txt)</source>
        <translation>빈도가 있는 어휘 목록 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="149"/>
        <source>TSV + metadata for the Embedding Projector</source>
        <translation>Embedding Projector용 TSV + 메타데이터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="150"/>
        <source>CSV (word, count, vector)</source>
        <translation>CSV (단어, 빈도, 벡터)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="151"/>
        <source>NumPy array + word list (.npy)</source>
        <translation>NumPy 배열 + 단어 목록 (.npy)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="155"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="156"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="157"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="158"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="159"/>
        <source>PNG width:</source>
        <translation>PNG 너비:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="160"/>
        <source>Only the most frequent words:</source>
        <translation>가장 자주 나오는 단어만:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="162"/>
        <source>Leave out words that contain spaces (they would break the file)</source>
        <translation>공백이 들어 있는 단어는 빼기 (파일이 깨집니다)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="165"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="166"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="232"/>
        <source>Export vectors</source>
        <translation>벡터 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="167"/>
        <source>Map of the Explore page</source>
        <translation>탐색 페이지의 지도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="170"/>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="171"/>
        <source>SVG image</source>
        <translation>SVG 이미지</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="172"/>
        <source>2-D coordinates CSV (word, x, y, count)</source>
        <translation>2차원 좌표 CSV (단어, x, y, 빈도)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="176"/>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="238"/>
        <source>Export map</source>
        <translation>지도 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="188"/>
        <source>Train or open a model first: there is nothing to export yet.</source>
        <translation>먼저 모델을 학습하거나 여세요. 아직 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="192"/>
        <source>Place words on the Explore page to export the map.</source>
        <translation>지도를 내보내려면 먼저 탐색 페이지에서 단어를 배치하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="278"/>
        <source>Nothing was exported: {0}</source>
        <translation>아무것도 내보내지 않았습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/export_dialog.py" line="310"/>
        <source>Written: {0}</source>
        <translation>저장함: {0}</translation>
    </message>
</context>
<context>
    <name>FileResultView</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="53"/>
        <source>All questions</source>
        <translation>모든 문항</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="55"/>
        <source>Wrong answers</source>
        <translation>틀린 답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="56"/>
        <source>Skipped questions</source>
        <translation>건너뛴 문항</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="61"/>
        <source>Save questions as TSV…</source>
        <translation>문항을 TSV로 저장…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="78"/>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="86"/>
        <source>Questions</source>
        <translation>문항</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="88"/>
        <source>Why skipped</source>
        <translation>건너뛴 이유</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="89"/>
        <source>Unknown words ({0:,})</source>
        <translation>모르는 단어 ({0:,})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="100"/>
        <source>{0:,} of {1:,} questions shown</source>
        <translation>문항 {1:,}개 중 {0:,}개 표시</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="110"/>
        <source>Save questions</source>
        <translation>문항 저장</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="110"/>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="119"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="122"/>
        <source>Saved to {0}</source>
        <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="137"/>
        <source>{0:,} test words were found through the model&apos;s tokenizer (e.g. {1}).</source>
        <translation>평가 단어 {0:,}개를 모델의 토크나이저로 찾았습니다 (예: {1}).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="145"/>
        <source>{0:,} of {1:,} questions skipped</source>
        <translation>문항 {1:,}개 중 {0:,}개 건너뜀</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="151"/>
        <source>{0:,} have a test word in an inflected form (e.g. {1}) while the vocabulary holds the bare morpheme (the tokenizer split off particles and endings). Train with particles kept or with whitespace tokens to answer them, or look test words up through the model&apos;s tokenizer.</source>
        <translation>{0:,}개는 평가 단어가 활용형(예: {1})인데 어휘에는 형태소만 있습니다(토크나이저가 조사와 어미를 떼어 냈습니다). 이 문항에 답하려면 조사를 남기거나 띄어쓰기 단위 토큰으로 학습하거나, 모델의 토크나이저로 평가 단어를 찾으세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="156"/>
        <source>{0:,} have a test word the vocabulary holds in other upper/lower case (e.g. {1}). Tick &apos;Ignore upper/lower case&apos; to answer them.</source>
        <translation>{0:,}개는 어휘에 대소문자만 다르게 들어 있는 평가 단어가 있습니다(예: {1}). 이 문항에 답하려면 &apos;대소문자 구분 안 함&apos;을 켜세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="159"/>
        <source>{0:,} have a test word beyond the most frequent words searched (e.g. {1}). Search more words (0 = all) to answer them.</source>
        <translation>{0:,}개는 찾는 범위(가장 자주 나오는 단어) 밖의 평가 단어가 있습니다(예: {1}). 이 문항에 답하려면 찾는 단어 수를 늘리세요(0 = 전체).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/result_view.py" line="162"/>
        <source>{0:,} have a test word that is not in the vocabulary at all (e.g. {1}): rarer in the corpus than the minimum count, or absent. A larger corpus or a lower minimum count would help.</source>
        <translation>{0:,}개는 어휘에 전혀 없는 평가 단어가 있습니다(예: {1}). 코퍼스에서 최소 빈도보다 드물거나 나오지 않습니다. 더 큰 코퍼스나 더 낮은 최소 빈도가 도움이 됩니다.</translation>
    </message>
</context>
<context>
    <name>FrequencyList</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="55"/>
        <source>Count</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="58"/>
        <source>Find a word (part of it, or re: and a regular expression)</source>
        <translation>단어 찾기 (단어의 일부, 또는 re: 뒤에 정규식)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="81"/>
        <source>{0} different words</source>
        <translation>서로 다른 단어 {0}개</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/frequency_list.py" line="82"/>
        <source>{0} of {1} words match</source>
        <translation>단어 {1}개 중 {0}개 일치</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/guide_dialog.py" line="94"/>
        <source>Word2Vec Studio – User guide</source>
        <translation>Word2Vec Studio – 사용 안내</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="56"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="57"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/loss_plot.py" line="60"/>
        <source>Mean loss of the examples trained since the previous point (dashed lines: ends of epochs). It is measured while the vectors change, so in the last epochs it can level off or rise a little while the vectors still improve: judge them on the Evaluate page.</source>
        <translation>이전 점 이후 학습한 예제들의 평균 손실입니다(점선: 에포크의 끝). 벡터가 바뀌는 동안 재므로, 마지막 에포크들에서는 벡터가 계속 좋아져도 평평해지거나 조금 오를 수 있습니다. 벡터의 품질은 평가 페이지에서 판단하세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="117"/>
        <source>There is no corpus yet: open text files on the Corpus page (File &gt; Open corpus) and press Start again.</source>
        <translation>말뭉치가 아직 없습니다. 말뭉치 페이지에서 텍스트 파일을 연 다음(파일 &gt; 말뭉치 열기) 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="126"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
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
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="191"/>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="192"/>
        <source>Analyse</source>
        <translation>분석</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="196"/>
        <source>Open corpus files…</source>
        <translation>말뭉치 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="197"/>
        <source>Open corpus folder…</source>
        <translation>말뭉치 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="198"/>
        <source>Open model…</source>
        <translation>모델 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="199"/>
        <source>Import vectors…</source>
        <translation>벡터 가져오기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="200"/>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="201"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="202"/>
        <source>Open project…</source>
        <translation>프로젝트 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="203"/>
        <source>Save project…</source>
        <translation>프로젝트 저장…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="204"/>
        <source>Recent items</source>
        <translation>최근 항목</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="205"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="206"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="207"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="208"/>
        <source>Clear recent items</source>
        <translation>최근 항목 지우기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="210"/>
        <source>User guide</source>
        <translation>사용 안내</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="211"/>
        <source>Tokenizer plugins…</source>
        <translation>토크나이저 플러그인…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="212"/>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="321"/>
        <source>About Word2Vec Studio</source>
        <translation>Word2Vec Studio 정보</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="263"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="264"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="265"/>
        <source>Vectors</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="271"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="280"/>
        <source>{0} no longer exists; it was removed from the recent items.</source>
        <translation>{0}이(가) 더 이상 없어서 최근 항목에서 뺐습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="323"/>
        <source>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;Train and explore word embeddings on Korean, Chinese and English text.</source>
        <translation>&lt;b&gt;Word2Vec Studio&lt;/b&gt; {0}&lt;br&gt;한국어, 중국어, 영어 텍스트로 단어 임베딩을 학습하고 탐색합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="356"/>
        <source>No model yet</source>
        <translation>아직 모델이 없습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="359"/>
        <source>not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="360"/>
        <source>Model: {0} words · {1}</source>
        <translation>모델: 단어 {0}개 · {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="399"/>
        <source>closing Word2Vec Studio</source>
        <translation>Word2Vec Studio 닫기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="406"/>
        <source>Training is running</source>
        <translation>학습 중입니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/main_window.py" line="408"/>
        <source>A training run is in progress. Stop it and close? The partial model is not saved.</source>
        <translation>학습이 진행 중입니다. 멈추고 닫을까요? 중간까지 학습한 모델은 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="130"/>
        <source>ranks {0:,}–{1:,}</source>
        <translation>순위 {0:,}–{1:,}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="132"/>
        <source>ranks {0:,}+</source>
        <translation>순위 {0:,} 이하</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/colours.py" line="155"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="249"/>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="250"/>
        <source>a word on the map</source>
        <translation>지도에 있는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="251"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="252"/>
        <source>Only the selected word&apos;s neighbours:</source>
        <translation>선택한 단어의 이웃만 보기:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="253"/>
        <source>Fit view</source>
        <translation>전체 보기</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/map_view.py" line="321"/>
        <source>{0}
count: {1}</source>
        <translation>{0}
빈도: {1}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="83"/>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="119"/>
        <source>Hide details</source>
        <translation>자세한 내용 숨기기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/messages.py" line="125"/>
        <source>Show details</source>
        <translation>자세한 내용 보기</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="28"/>
        <source>Models and word vectors (model.json {0})</source>
        <translation>모델과 단어 벡터 (model.json {0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="31"/>
        <source>Model folders (model.json)</source>
        <translation>모델 폴더 (model.json)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="32"/>
        <source>Word vectors ({0})</source>
        <translation>단어 벡터 ({0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="33"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="83"/>
        <source>Save model as – type a name for the new model folder</source>
        <translation>다른 이름으로 모델 저장 – 새 모델 폴더의 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_dialog.py" line="98"/>
        <source>Model folder (a new name, or model.json to replace a model) (*)</source>
        <translation>모델 폴더 (새 이름, 또는 바꿀 모델의 model.json) (*)</translation>
    </message>
</context>
<context>
    <name>ModelIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="50"/>
        <source>be read or written</source>
        <translation>읽거나 쓸</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="60"/>
        <source>Open model (its model.json) or word vectors</source>
        <translation>모델(model.json) 또는 단어 벡터 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="72"/>
        <source>opening another model</source>
        <translation>다른 모델 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="92"/>
        <source>Opening the model…</source>
        <translation>모델을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="92"/>
        <source>be opened as a model</source>
        <translation>모델로 열</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="98"/>
        <source>Import word vectors</source>
        <translation>단어 벡터 가져오기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="99"/>
        <source>Word vectors (*.vec *.txt *.bin *.gz *.tsv);;All files (*)</source>
        <translation>단어 벡터 (*.vec *.txt *.bin *.gz *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="105"/>
        <source>importing vectors</source>
        <translation>벡터 가져오기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="120"/>
        <source>Importing vectors…</source>
        <translation>벡터를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="120"/>
        <source>be read as word vectors</source>
        <translation>단어 벡터로 읽을</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="130"/>
        <source>There is no trained model to save yet: train one on the Train page.</source>
        <translation>저장할 모델이 아직 없습니다. 학습 페이지에서 모델을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="169"/>
        <source>Model saved in {0}</source>
        <translation>모델을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="173"/>
        <source>Saving the model…</source>
        <translation>모델을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="173"/>
        <source>be written</source>
        <translation>쓸</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="179"/>
        <source>{0} is a file, not a folder: the model was not saved and the file was left as it is. Choose a folder, or make a new one.</source>
        <translation>{0}은(는) 폴더가 아니라 파일입니다. 모델은 저장되지 않았고 파일은 그대로 두었습니다. 폴더를 고르거나 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="182"/>
        <source>{0} has other files in it and is not a model folder: the model was not saved there and nothing in it was changed. Choose an empty folder, or make a new one in the dialog.</source>
        <translation>{0}에는 다른 파일이 있고 모델 폴더가 아닙니다. 모델은 그곳에 저장되지 않았으며 안의 내용은 아무것도 바뀌지 않았습니다. 빈 폴더를 고르거나 대화상자에서 새 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="191"/>
        <source>Replace the model?</source>
        <translation>모델을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="192"/>
        <source>{0} already holds a model. Replace it with this one? The model that is there now will be gone.</source>
        <translation>{0}에는 이미 모델이 있습니다. 이 모델로 바꿀까요? 지금 있는 모델은 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="203"/>
        <source>The model could not be saved: {0}. It is still open here: choose another folder (File &gt; Save model…).</source>
        <translation>모델을 저장하지 못했습니다: {0}. 모델은 여기에 그대로 열려 있습니다. 다른 폴더를 고르세요(파일 &gt; 모델 저장…).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="208"/>
        <source>Save the model elsewhere?</source>
        <translation>다른 곳에 모델을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="209"/>
        <source>Choose another folder now?</source>
        <translation>지금 다른 폴더를 고를까요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/model_io.py" line="221"/>
        <source>There is nothing to export yet: train or open a model first.</source>
        <translation>내보낼 것이 아직 없습니다. 먼저 모델을 학습하거나 여세요.</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="53"/>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="117"/>
        <source>This tokenizer has no options.</source>
        <translation>이 토크나이저에는 옵션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="103"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/options_form.py" line="120"/>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
</context>
<context>
    <name>PhrasesView</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>Phrase</source>
        <translation>구</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>Count</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="177"/>
        <source>First word</source>
        <translation>첫째 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="178"/>
        <source>Last word</source>
        <translation>마지막 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="178"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="180"/>
        <source>Mikolov (word2vec)</source>
        <translation>Mikolov (word2vec)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="181"/>
        <source>Normalized PMI (-1 to 1)</source>
        <translation>정규화 PMI (-1~1)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="183"/>
        <source>How a word pair is scored. Mikolov: how much more often the two words follow each other than chance, scaled by the vocabulary size (threshold about 10). Normalized PMI: 1 when they only ever occur together, 0 for chance (threshold about 0.5).</source>
        <translation>단어 쌍에 점수를 매기는 방법입니다. Mikolov: 두 단어가 우연보다 얼마나 더 자주 이어서 나오는지를 어휘 크기로 조정한 값(기준값 약 10). 정규화 PMI: 두 단어가 늘 함께 나오면 1, 우연이면 0(기준값 약 0.5).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="186"/>
        <source>Scoring</source>
        <translation>점수 방식</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="186"/>
        <source>Join pairs scoring above</source>
        <translation>이 점수를 넘는 쌍 잇기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="187"/>
        <source>Pairs seen at least</source>
        <translation>최소 출현 횟수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="187"/>
        <source>Passes</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="191"/>
        <source>A second pass joins phrases of the first into longer ones: new_york + city.</source>
        <translation>두 번째 반복에서는 첫 번째에서 만든 구를 더 긴 구로 잇습니다: new_york + city.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="192"/>
        <source>Find collocations</source>
        <translation>연어 찾기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="193"/>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="195"/>
        <source>Find a phrase (part of it, or re: and a regular expression)</source>
        <translation>구 찾기 (일부, 또는 re: 뒤에 정규식)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="196"/>
        <source>Preview: the first lines with the phrases joined</source>
        <translation>미리 보기: 구를 이은 처음 몇 줄</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="197"/>
        <source>Press Find collocations to see them here.</source>
        <translation>&apos;연어 찾기&apos;를 누르면 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="216"/>
        <source>Choose and tokenize a corpus first: the collocations are found in its tokens.</source>
        <translation>먼저 말뭉치를 고르고 토큰화하세요. 연어는 그 토큰에서 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="231"/>
        <source>Check the settings: {0}</source>
        <translation>설정을 확인하세요: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="262"/>
        <source>Reading: {0} words</source>
        <translation>읽는 중: 단어 {0}개</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="266"/>
        <source>Finding phrases: %p%</source>
        <translation>구 찾는 중: %p%</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="283"/>
        <source>No pair of words scores above the threshold in {0} words. Lower the threshold or the minimum count.</source>
        <translation>단어 {0}개 가운데 기준값을 넘는 단어 쌍이 없습니다. 기준값이나 최소 출현 횟수를 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="289"/>
        <source>Finding collocations failed: {0}</source>
        <translation>연어를 찾지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="292"/>
        <source>Stopped: the table was not changed.</source>
        <translation>중지했습니다. 표는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="318"/>
        <source>{0} phrases</source>
        <translation>구 {0}개</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/phrases_view.py" line="319"/>
        <source>{0} of {1} phrases match</source>
        <translation>구 {1}개 중 {0}개 일치</translation>
    </message>
</context>
<context>
    <name>PlacementControls</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="117"/>
        <source>Most frequent words</source>
        <translation>가장 자주 나오는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="118"/>
        <source>Pasted word list</source>
        <translation>붙여 넣은 단어 목록</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="119"/>
        <source>Neighbours of a word</source>
        <translation>한 단어의 이웃</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="120"/>
        <source>Words matching a regex</source>
        <translation>정규식에 맞는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="124"/>
        <source>PCA (immediate)</source>
        <translation>PCA (즉시)</translation>
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
        <translation>의미 축 (단어 집합)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="128"/>
        <source>frequency band</source>
        <translation>빈도 구간</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="128"/>
        <source>k-means cluster</source>
        <translation>k-평균 군집</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="129"/>
        <source>part of speech</source>
        <translation>품사</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="131"/>
        <source>Words:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="132"/>
        <source>Layout:</source>
        <translation>배치:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="133"/>
        <source>Colour by:</source>
        <translation>색 기준:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="134"/>
        <source>Clusters:</source>
        <translation>군집 수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="135"/>
        <source>Place words</source>
        <translation>단어 배치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="136"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="138"/>
        <source>Paste words here, separated by spaces, commas or new lines</source>
        <translation>여기에 단어를 붙여 넣으세요 (공백, 쉼표, 줄바꿈으로 구분)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="148"/>
        <source>how many:</source>
        <translation>개수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="148"/>
        <source>at most:</source>
        <translation>최대:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="150"/>
        <source>a word, e.g. 서울 or 中国</source>
        <translation>단어, 예: 서울</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/controls.py" line="152"/>
        <source>a regular expression, e.g. ^un.*able$</source>
        <translation>정규식, 예: ^대.*교$</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="24"/>
        <source>Tokenizer plugins</source>
        <translation>토크나이저 플러그인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="28"/>
        <source>Tokenizers come from the plugins folder and from installed packages. Unavailable ones say why; install what they need and restart.</source>
        <translation>토크나이저는 plugins 폴더와 설치된 패키지에서 불러옵니다. 쓸 수 없는 토크나이저는 그 이유를 보여 줍니다. 필요한 것을 설치한 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="38"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="39"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="40"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="41"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="42"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50"/>
        <source>ready</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/plugins_dialog.py" line="50"/>
        <source>unavailable: {0}</source>
        <translation>사용할 수 없음: {0}</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="20"/>
        <source>The number of processes must be at least 1.</source>
        <translation>프로세스 수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="21"/>
        <source>fastText models cannot be trained in several processes yet: their word-piece rows are not merged across processes. Use one process and more CPU threads.</source>
        <translation>fastText 모델은 아직 여러 프로세스에서 학습할 수 없습니다. 단어 조각 벡터가 프로세스 사이에서 합쳐지지 않기 때문입니다. 프로세스 하나에 CPU 스레드를 늘려 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="26"/>
        <source>doc2vec models cannot be trained in several processes yet: their document vectors are not merged across processes. Use one process and more CPU threads.</source>
        <translation>doc2vec 모델은 아직 여러 프로세스에서 학습할 수 없습니다. 문서 벡터가 프로세스 사이에서 합쳐지지 않기 때문입니다. 프로세스 하나에 CPU 스레드를 늘려 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="31"/>
        <source>Continuing a model cannot use several processes yet. Use one process, or train a new model.</source>
        <translation>모델 이어서 학습하기는 아직 여러 프로세스를 쓸 수 없습니다. 프로세스 하나를 쓰거나 새 모델을 학습하세요.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="100"/>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="102"/>
        <source>Word2Vec Studio project (*{0})</source>
        <translation>Word2Vec Studio 프로젝트 (*{0})</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="122"/>
        <source>{0} was not saved: the training settings are not valid ({1}). Correct them on the Train page, then save the project again.</source>
        <translation>{0}을(를) 저장하지 못했습니다. 학습 설정이 올바르지 않습니다({1}). 학습 페이지에서 고친 뒤 프로젝트를 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="130"/>
        <source>be written</source>
        <translation>쓸</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="148"/>
        <source>The model is not saved</source>
        <translation>모델이 저장되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="150"/>
        <source>The model you trained is not saved, so the project cannot include it. Save the model in {0} together with the project?</source>
        <translation>학습한 모델이 저장되지 않아 프로젝트에 넣을 수 없습니다. 프로젝트와 함께 {0}에 모델을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="153"/>
        <source>Save the project without the model</source>
        <translation>모델 없이 프로젝트 저장</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="166"/>
        <source>The project was not saved, because its model could not be saved in {0}. Choose another place for the project, or save the model first with File &gt; Save model.</source>
        <translation>모델을 {0}에 저장하지 못해서 프로젝트도 저장하지 않았습니다. 프로젝트를 다른 곳에 저장하거나, 먼저 파일 &gt; 모델 저장으로 모델을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="180"/>
        <source>The project was saved in {0} without the model: the model you trained is not saved. Save it with File &gt; Save model, then save the project again to include it.</source>
        <translation>프로젝트는 모델 없이 {0}에 저장되었습니다. 학습한 모델이 저장되지 않았기 때문입니다. 파일 &gt; 모델 저장으로 모델을 저장한 뒤 프로젝트를 다시 저장하면 모델도 함께 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="187"/>
        <source>Project saved: {0}</source>
        <translation>프로젝트를 저장했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="193"/>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="194"/>
        <source>Word2Vec Studio project (*{0});;All files (*)</source>
        <translation>Word2Vec Studio 프로젝트 (*{0});;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="203"/>
        <source>opening a project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="212"/>
        <source>be opened as a project</source>
        <translation>프로젝트로 열</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="279"/>
        <source>the corpus files {0}</source>
        <translation>말뭉치 파일 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="281"/>
        <source>the model {0}</source>
        <translation>모델 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="283"/>
        <source>the second model {0}</source>
        <translation>두 번째 모델 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="286"/>
        <source>the evaluation files {0}</source>
        <translation>평가 파일 {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/projects.py" line="292"/>
        <source>Parts of the project are not where it expects them: {0}. Open them again from their new place, then save the project.</source>
        <translation>프로젝트의 일부가 있어야 할 곳에 없습니다: {0}. 새 위치에서 다시 연 다음 프로젝트를 저장하세요.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="30"/>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="41"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="31"/>
        <source>Section</source>
        <translation>부문</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="35"/>
        <source>Expected d</source>
        <translation>정답 d</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="36"/>
        <source>Model&apos;s answer</source>
        <translation>모델의 답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="37"/>
        <source>Rank of d</source>
        <translation>d의 순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="38"/>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="46"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="42"/>
        <source>Word 1</source>
        <translation>단어 1</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="43"/>
        <source>Word 2</source>
        <translation>단어 2</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="44"/>
        <source>Human score</source>
        <translation>사람 점수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="45"/>
        <source>Model cosine</source>
        <translation>모델 코사인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="49"/>
        <source>Unknown word</source>
        <translation>모르는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="50"/>
        <source>Questions it blocked</source>
        <translation>막힌 문항 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="53"/>
        <source>correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="54"/>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/questions_model.py" line="56"/>
        <source>skipped: unknown word {0}</source>
        <translation>건너뜀: 모르는 단어 {0}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="149"/>
        <source>Nearest neighbours</source>
        <translation>가장 가까운 이웃</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="150"/>
        <source>Analogy a : b :: c : ?</source>
        <translation>유추 a : b :: c : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="151"/>
        <source>Similarity of two words</source>
        <translation>두 단어의 유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="152"/>
        <source>Odd one out</source>
        <translation>어울리지 않는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="153"/>
        <source>Word arithmetic (+ / −)</source>
        <translation>단어 연산 (+ / −)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="157"/>
        <source>Question:</source>
        <translation>질문:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="158"/>
        <source>How stable are these neighbours?</source>
        <translation>이 이웃 단어들은 얼마나 안정적인가?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="160"/>
        <source>Train the model&apos;s settings again a few times (other seeds) and count in how many runs each neighbour comes back: neighbours in small corpora can be chance.</source>
        <translation>같은 설정으로 모델을 몇 번 더 학습하고(다른 난수 시드) 각 이웃 단어가 몇 번 다시 나오는지 셉니다. 작은 말뭉치에서는 이웃 단어가 우연일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>How many:</source>
        <translation>개수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="163"/>
        <source>Part of speech:</source>
        <translation>품사:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>a:</source>
        <translation>a:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>b:</source>
        <translation>b:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>c:</source>
        <translation>c:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="164"/>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="165"/>
        <source>First word:</source>
        <translation>첫째 단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="165"/>
        <source>Second word:</source>
        <translation>둘째 단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="166"/>
        <source>Words:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="167"/>
        <source>Plus (+):</source>
        <translation>더하기 (+):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="167"/>
        <source>Minus (−):</source>
        <translation>빼기 (−):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="172"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="177"/>
        <source>e.g. man</source>
        <translation>예: 남자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="173"/>
        <source>e.g. king</source>
        <translation>예: 왕</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="174"/>
        <source>e.g. woman</source>
        <translation>예: 여자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="175"/>
        <source>three or more words, e.g. apple pear car</source>
        <translation>단어 셋 이상, 예: 사과 배 자동차</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="176"/>
        <source>e.g. king woman</source>
        <translation>예: 왕 여자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="178"/>
        <source>Ask</source>
        <translation>질문하기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="179"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="324"/>
        <source>all parts of speech</source>
        <translation>모든 품사</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="186"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="186"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="192"/>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="193"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="187"/>
        <source>Count</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="190"/>
        <source>First word</source>
        <translation>첫째 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="191"/>
        <source>Second word</source>
        <translation>둘째 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="196"/>
        <source>POS</source>
        <translation>품사</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="234"/>
        <source>Train or open a model first: there are no vectors to ask.</source>
        <translation>먼저 모델을 학습하거나 여세요. 질문할 벡터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="244"/>
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”은(는) 어휘에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="246"/>
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="249"/>
        <source>No similar spelling was found; words are case-sensitive, and words rarer than the model&apos;s minimum count are left out.</source>
        <translation>비슷한 철자의 단어가 없습니다. 대소문자를 구분하며, 모델의 최소 빈도보다 드문 단어는 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="283"/>
        <source>Type a word.</source>
        <translation>단어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="293"/>
        <source>Nearest neighbours of “{0}”. Double-click a row for the lines where both words occur.</source>
        <translation>“{0}”의 가장 가까운 이웃입니다. 행을 두 번 클릭하면 두 단어가 함께 나오는 문장을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="296"/>
        <source> “{0}” is not in the vocabulary: its vector is built from n-grams (the pieces of the word it shares with known words).</source>
        <translation> “{0}”은(는) 어휘에 없습니다: 이 벡터는 n-그램(알려진 단어와 함께 가진 단어 조각)으로 만든 것입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="299"/>
        <source> Only words tagged {0}.</source>
        <translation> 품사가 {0}인 단어만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="337"/>
        <source>Fill in a, b and c.</source>
        <translation>a, b, c를 모두 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="343"/>
        <source>{0} : {1} :: {2} : ?</source>
        <translation>{0} : {1} :: {2} : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="351"/>
        <source>Type two words.</source>
        <translation>단어 두 개를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="360"/>
        <source>“{1}” is neighbour number {2:,} of “{0}”.</source>
        <translation>“{1}”은(는) “{0}”의 {2:,}번째 이웃입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="370"/>
        <source>Type at least three words.</source>
        <translation>단어를 셋 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="378"/>
        <source>The odd one out is “{0}” (last row: least similar to the group&apos;s average).</source>
        <translation>어울리지 않는 단어는 “{0}”입니다 (마지막 행: 무리의 평균과 가장 덜 비슷함).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore/questions_panel.py" line="388"/>
        <source>Type at least one word to add.</source>
        <translation>더할 단어를 하나 이상 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="57"/>
        <source>Word pairs in the file</source>
        <translation>파일의 단어 쌍</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="58"/>
        <source>Pairs with both words known</source>
        <translation>두 단어를 모두 아는 쌍</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="59"/>
        <source>Skipped (unknown word)</source>
        <translation>건너뜀 (모르는 단어)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="60"/>
        <source>Spearman ρ</source>
        <translation>스피어만 ρ</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="61"/>
        <source>Spearman p-value</source>
        <translation>스피어만 p값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="62"/>
        <source>Pearson r</source>
        <translation>피어슨 r</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="63"/>
        <source>Pearson p-value</source>
        <translation>피어슨 p값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="68"/>
        <source>Unknown words</source>
        <translation>모르는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69"/>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="69"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76"/>
        <source>semantic</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="76"/>
        <source>syntactic</source>
        <translation>문법</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="85"/>
        <source>All semantic</source>
        <translation>의미 전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="86"/>
        <source>All syntactic</source>
        <translation>문법 전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="87"/>
        <source>Overall</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="101"/>
        <source>Section</source>
        <translation>부문</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="102"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="103"/>
        <source>Correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="104"/>
        <source>Answered</source>
        <translation>답한 문제</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="105"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/tables.py" line="106"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
</context>
<context>
    <name>RunEventsPart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="38"/>
        <source>Epoch {0}/{1} done: loss {2:.4f}, {3} words in {4:.1f} s</source>
        <translation>에포크 {0}/{1} 완료: 손실 {2:.4f}, 단어 {3}개, {4:.1f}초</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="45"/>
        <source>Vocabulary: {0} words; corpus: {1} words per epoch; device: {2}</source>
        <translation>어휘: {0}개 단어, 말뭉치: 에포크마다 {1}개 단어, 장치: {2}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="53"/>
        <source>Finished: {0} epochs in {1}, {2} words/s; {3} words in the vocabulary, {4} dimensions; last epoch loss {5}.</source>
        <translation>완료: {0}에포크, {1} 소요, 초당 {2}단어. 어휘 {3}개, {4}차원, 마지막 에포크 손실 {5}.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="64"/>
        <source>Finished.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="70"/>
        <source>Stopped during epoch {0} ({1:.0%} of the run). The partial model is kept: you can explore or save it, or press Start to train again.</source>
        <translation>에포크 {0}에서 멈췄습니다(전체의 {1:.0%}). 중간까지 학습한 모델은 남아 있습니다. 탐색하거나 저장할 수 있고, 시작을 누르면 다시 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="75"/>
        <source>Stopped by the user; partial model kept.</source>
        <translation>사용자가 멈췄습니다. 중간까지 학습한 모델을 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="77"/>
        <source>counting words: {0}</source>
        <translation>단어 세는 중: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="81"/>
        <source>Stopped before training began: nothing was trained.</source>
        <translation>학습을 시작하기 전에 멈췄습니다. 학습된 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="83"/>
        <source>Stopped by the user.</source>
        <translation>사용자가 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="86"/>
        <source>Failed: {0}</source>
        <translation>실패: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="90"/>
        <source>The run failed; the last good vectors are kept.</source>
        <translation>학습이 실패했습니다. 마지막으로 정상이던 벡터를 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="115"/>
        <source>The loss is not a number: training has diverged. Stop, lower the learning rate (for example to 0.01) and press Start again.</source>
        <translation>손실 값이 숫자가 아닙니다(NaN). 학습이 발산했습니다. 멈추고 학습률을 낮춘 뒤(예: 0.01) 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_events.py" line="123"/>
        <source>{0:.0%} done, {1} words/s</source>
        <translation>{0:.0%} 완료, 초당 {1}단어</translation>
    </message>
</context>
<context>
    <name>SampleCorpus</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="32"/>
        <source>text8 (English Wikipedia, 100 MB of lowercase text, one line)</source>
        <translation>text8 (영어 위키백과, 소문자 텍스트 100 MB, 한 줄)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="35"/>
        <source>NSMC (Korean movie reviews, 200,000 lines, 14 MB)</source>
        <translation>NSMC (한국어 영화 리뷰, 200,000줄, 14 MB)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="36"/>
        <source>ChnSentiCorp hotel reviews (Chinese, 7,766 lines, 3 MB)</source>
        <translation>ChnSentiCorp 호텔 리뷰 (중국어, 7,766줄, 3 MB)</translation>
    </message>
</context>
<context>
    <name>SettingsChecksPart</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="73"/>
        <source>Processes is set to {0}. {1}</source>
        <translation>프로세스 수가 {0}(으)로 설정되어 있습니다. {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="86"/>
        <source>These settings cannot be used: {0}. Change them and press Start again.</source>
        <translation>이 설정은 쓸 수 없습니다: {0}. 설정을 바꾼 뒤 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page_checks.py" line="110"/>
        <source>Full softmax scores all {0} vocabulary words for every example: about {1}× slower than negative sampling here. Choose negative sampling or hierarchical softmax, or set Maximum words to a few thousand.</source>
        <translation>전체 소프트맥스는 예제마다 어휘의 {0}개 단어를 모두 계산합니다. 여기서는 네거티브 샘플링보다 약 {1}배 느립니다. 네거티브 샘플링이나 계층적 소프트맥스를 고르거나, 최대 단어 수를 몇천 개로 정하세요.</translation>
    </message>
</context>
<context>
    <name>ShiftPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="101"/>
        <source>Add model…</source>
        <translation>모델 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="102"/>
        <source>Add slices folder…</source>
        <translation>구간 폴더 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="103"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="104"/>
        <source>Only words seen at least</source>
        <translation>최소 출현 횟수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="105"/>
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="106"/>
        <source>Compare first and last</source>
        <translation>처음과 마지막 비교</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="107"/>
        <source>Models in order (for example one per decade). The others are aligned onto the first by orthogonal Procrustes on their shared words.</source>
        <translation>순서대로 놓인 모델(예: 10년마다 하나). 나머지 모델은 공통 단어에 대한 직교 프로크루스테스로 첫 모델에 정렬됩니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="110"/>
        <source>Neighbours of the selected word, model by model, and its path across the models</source>
        <translation>선택한 단어의 모델별 이웃과 모델 사이의 이동 경로</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Cosine distance</source>
        <translation>코사인 거리</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="118"/>
        <source>Neighbourhood change</source>
        <translation>이웃 변화</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="126"/>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="131"/>
        <source>Choose a slices folder</source>
        <translation>구간 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="137"/>
        <source>{0} has no readable index.json: choose a folder written by &apos;w2v-studio slices&apos;.</source>
        <translation>{0}에 읽을 수 있는 index.json이 없습니다. &apos;w2v-studio slices&apos;로 만든 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/shift_part.py" line="148"/>
        <source>Add at least two models to compare.</source>
        <translation>비교하려면 모델을 두 개 이상 추가하세요.</translation>
    </message>
</context>
<context>
    <name>StabilityPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="55"/>
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="56"/>
        <source>Runs:</source>
        <translation>실행 횟수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="57"/>
        <source>Resample the lines (bootstrap)</source>
        <translation>줄 재표집(부트스트랩)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="58"/>
        <source>Each run trains on a sample of the corpus lines drawn with replacement, as Antoniak &amp; Mimno (2018) suggest for small corpora.</source>
        <translation>각 실행은 말뭉치 줄을 복원 추출한 표본으로 학습합니다. 작은 말뭉치에 대해 Antoniak &amp; Mimno(2018)가 권하는 방법입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="61"/>
        <source>How stable?</source>
        <translation>얼마나 안정적인가?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="62"/>
        <source>Train the current model&apos;s settings again on its corpus and count in how many runs each neighbour comes back.</source>
        <translation>현재 모델의 설정으로 같은 말뭉치를 다시 학습하여 각 이웃이 몇 번의 실행에서 다시 나타나는지 셉니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Neighbour</source>
        <translation>이웃</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Mean rank</source>
        <translation>평균 순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="71"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="78"/>
        <source>Train or open a model first: its settings and corpus are trained again.</source>
        <translation>먼저 모델을 학습하거나 여세요. 그 설정과 말뭉치로 다시 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="94"/>
        <source>The tokenized corpus of this model is not at hand: open the Concordance tab to find or tokenize it again, then ask again.</source>
        <translation>이 모델의 토큰화된 말뭉치를 찾을 수 없습니다. 용례 탭에서 말뭉치를 찾거나 다시 토큰화한 뒤 다시 물어보세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="106"/>
        <source>Type a word.</source>
        <translation>단어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="132"/>
        <source>&apos;{0}&apos; is in none of the runs&apos; vocabularies.</source>
        <translation>&apos;{0}&apos;은(는) 어느 실행의 어휘에도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="134"/>
        <source>stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/stability_part.py" line="134"/>
        <source>unstable</source>
        <translation>불안정</translation>
    </message>
</context>
<context>
    <name>StandardSetsDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="53"/>
        <source>Standard evaluation sets</source>
        <translation>표준 평가 세트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="59"/>
        <source>Published word-similarity and analogy sets, downloaded from their public repositories into the cache folder ({0}) and checked against their known checksums. Cite the paper of each set you report results on.</source>
        <translation>공개된 단어 유사도·유추 평가 세트입니다. 공개 저장소에서 캐시 폴더({0})로 내려받고 알려진 체크섬으로 확인합니다. 결과를 보고할 때는 각 세트의 논문을 인용하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="65"/>
        <source>Set</source>
        <translation>세트</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="65"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="66"/>
        <source>In the cache</source>
        <translation>캐시에 있음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="67"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="80"/>
        <source>Download and add</source>
        <translation>내려받아 추가</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="86"/>
        <source>Citation:</source>
        <translation>인용:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="94"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="95"/>
        <source>similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="95"/>
        <source>analogy</source>
        <translation>유추</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="104"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="116"/>
        <source>Source: {0}</source>
        <translation>출처: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="117"/>
        <source>Licence: {0}</source>
        <translation>라이선스: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="132"/>
        <source>Tick at least one set first.</source>
        <translation>먼저 세트를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate/sets_dialog.py" line="177"/>
        <source>{0} set(s) added to the evaluation files.</source>
        <translation>평가 파일에 세트 {0}개를 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>TokenizerPart</name>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="83"/>
        <source>The tokenizer list could not be read: {0}</source>
        <translation>토크나이저 목록을 읽지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="109"/>
        <source>unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="126"/>
        <source>The tokenizer &apos;{0}&apos; is not installed; choose another one.</source>
        <translation>토크나이저 &apos;{0}&apos;이(가) 설치되어 있지 않습니다. 다른 토크나이저를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="151"/>
        <source>Not available here: {0}</source>
        <translation>이 컴퓨터에서는 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/corpus/page_tokenizer.py" line="188"/>
        <source>The tokenizer failed on the preview: {0}</source>
        <translation>미리 보기에서 토크나이저가 실패했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="32"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="37"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="38"/>
        <source>word2vec learns one vector per word. fastText also learns vectors for pieces of words (3 to 6 letters), so it can give a vector to a word it never saw, such as a new inflected form, from the pieces it shares with known words. It trains more slowly and its model is larger. doc2vec also learns one vector per line of the corpus (a document), to find similar lines, or lines like a text you type (Explore &gt; Documents).</source>
        <translation>word2vec은 단어마다 벡터 하나를 학습합니다. fastText는 단어의 조각(3~6글자)에 대한 벡터도 학습하므로, 새로운 활용형처럼 본 적 없는 단어에도 알려진 단어와 공유하는 조각으로 벡터를 줄 수 있습니다. 학습이 더 느리고 모델이 더 큽니다. doc2vec은 말뭉치의 각 줄(문서)마다 벡터도 하나씩 학습하여, 비슷한 줄이나 입력한 텍스트와 비슷한 줄을 찾을 수 있게 합니다(탐색 &gt; 문서).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="48"/>
        <source>word2vec</source>
        <translation>word2vec</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="49"/>
        <source>fastText (subwords)</source>
        <translation>fastText (부분 단어)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="50"/>
        <source>doc2vec (documents)</source>
        <translation>doc2vec (문서)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="56"/>
        <source>Word pieces</source>
        <translation>단어 조각</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="57"/>
        <source>fastText only: pieces made of letters, or, for Korean, of jamo (each syllable split into its consonants and vowel, so 먹었다 and 먹다 share more pieces).</source>
        <translation>fastText 전용: 글자로 된 조각, 또는 한국어라면 자모로 된 조각입니다(음절마다 자음과 모음으로 나누므로 먹었다와 먹다가 더 많은 조각을 함께 가집니다).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="64"/>
        <source>letters</source>
        <translation>글자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="65"/>
        <source>Korean jamo</source>
        <translation>한국어 자모</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="71"/>
        <source>Architecture</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="72"/>
        <source>Skip-gram predicts the words around each word (better for rare words); CBOW predicts a word from the words around it (faster). With doc2vec, skip-gram lets each line&apos;s vector predict its words (PV-DBOW, the word vectors trained too); CBOW adds the line&apos;s vector to the words around each word (PV-DM).</source>
        <translation>스킵그램은 각 단어로 주변 단어를 예측합니다(드문 단어에 유리). CBOW는 주변 단어로 가운데 단어를 예측합니다(더 빠름). doc2vec에서는 스킵그램이면 각 줄의 벡터가 그 줄의 단어를 예측하고(PV-DBOW, 단어 벡터도 함께 학습), CBOW이면 각 단어 주변의 단어들에 줄의 벡터를 더해 예측합니다(PV-DM).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="81"/>
        <source>skip-gram</source>
        <translation>스킵그램</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="82"/>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="88"/>
        <source>Objective</source>
        <translation>학습 목표</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="89"/>
        <source>How the model learns to predict: negative sampling (fast, the usual choice), hierarchical softmax (good for rare words) or full softmax (exact, slow with a large vocabulary).</source>
        <translation>모델이 예측을 배우는 방식입니다. 네거티브 샘플링(빠르고 흔히 씀), 계층적 소프트맥스(드문 단어에 유리), 전체 소프트맥스(정확하지만 어휘가 크면 느림).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="96"/>
        <source>negative sampling</source>
        <translation>네거티브 샘플링</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="97"/>
        <source>hierarchical softmax</source>
        <translation>계층적 소프트맥스</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="98"/>
        <source>full softmax</source>
        <translation>전체 소프트맥스</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="104"/>
        <source>CBOW context</source>
        <translation>CBOW 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="105"/>
        <source>CBOW only: average the context word vectors, or add them up.</source>
        <translation>CBOW 전용: 문맥 단어 벡터를 평균하거나 더합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="109"/>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="110"/>
        <source>sum</source>
        <translation>합</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="116"/>
        <source>CBOW update</source>
        <translation>CBOW 갱신 방식</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="117"/>
        <source>CBOW average only: give each context word the whole error, as word2vec and gensim do (learns faster), or the exact gradient of the average.</source>
        <translation>CBOW 평균에만 해당: word2vec과 gensim처럼 문맥 단어마다 오차 전체를 반영하거나(더 빨리 학습), 평균의 정확한 기울기를 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="123"/>
        <source>as word2vec</source>
        <translation>word2vec 방식</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="124"/>
        <source>exact gradient</source>
        <translation>정확한 기울기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="130"/>
        <source>Vector size</source>
        <translation>벡터 크기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="131"/>
        <source>How many numbers describe each word; 50 to 300 is usual.</source>
        <translation>각 단어를 몇 개의 숫자로 나타낼지 정합니다. 보통 50~300입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="140"/>
        <source>Window</source>
        <translation>창 크기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="141"/>
        <source>How many words on each side count as context.</source>
        <translation>양쪽으로 몇 단어까지를 문맥으로 볼지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="148"/>
        <source>Random window</source>
        <translation>무작위 창</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="149"/>
        <source>Shrink the window at random for each word, as word2vec does, so that nearer words count more.</source>
        <translation>word2vec처럼 단어마다 창을 무작위로 줄여서, 가까운 단어가 더 큰 비중을 갖게 합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="158"/>
        <source>Noise words</source>
        <translation>노이즈 단어 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="159"/>
        <source>Negative sampling: how many random noise words the model learns to tell apart from each real context word (5 to 20).</source>
        <translation>네거티브 샘플링: 실제 문맥 단어 하나마다, 구별하도록 배우는 무작위 노이즈 단어의 수입니다(5~20).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="170"/>
        <source>Noise exponent</source>
        <translation>노이즈 지수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="171"/>
        <source>Noise words are drawn by frequency raised to this power; 0.75 gives rarer words a little more chance.</source>
        <translation>노이즈 단어는 빈도에 이 지수를 제곱한 비율로 뽑습니다. 0.75이면 드문 단어가 조금 더 자주 뽑힙니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="184"/>
        <source>Share noise words</source>
        <translation>잡음 단어 공유</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="185"/>
        <source>Skip-gram with noise words: the word pairs of one window share their noise words, which makes training several times faster.</source>
        <translation>스킵그램과 네거티브 샘플링: 한 창 안의 단어 쌍들이 잡음 단어를 함께 써서 학습이 몇 배 빨라집니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="194"/>
        <source>Vocabulary</source>
        <translation>어휘</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="199"/>
        <source>Minimum count</source>
        <translation>최소 빈도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="200"/>
        <source>Words seen fewer times than this are left out.</source>
        <translation>이보다 적게 나온 단어는 뺍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="207"/>
        <source>Maximum words</source>
        <translation>최대 단어 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="208"/>
        <source>Keep at most this many of the most frequent words.</source>
        <translation>가장 자주 나오는 단어를 최대 이만큼만 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="213"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="218"/>
        <source>Subsampling</source>
        <translation>서브샘플링</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="219"/>
        <source>Very frequent words (the, 의, 的) are skipped at random above this share of the corpus, which speeds training and helps rarer words; 0 turns it off.</source>
        <translation>아주 자주 나오는 단어(the, 의, 的)는 말뭉치에서 차지하는 비율이 이 값을 넘으면 무작위로 건너뜁니다. 학습이 빨라지고 드문 단어에 도움이 됩니다. 0이면 끕니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="233"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="238"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="239"/>
        <source>How many times to go over the whole corpus.</source>
        <translation>말뭉치 전체를 몇 번 반복해서 학습할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="246"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="247"/>
        <source>How big each learning step is at the start.</source>
        <translation>처음에 한 번 학습할 때 얼마나 크게 움직일지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="256"/>
        <source>Final learning rate</source>
        <translation>마지막 학습률</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="257"/>
        <source>The learning rate falls steadily to this value by the end.</source>
        <translation>학습률은 끝날 때까지 이 값으로 고르게 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="268"/>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="269"/>
        <source>The same seed and settings give the same vectors (with one thread).</source>
        <translation>같은 시드와 설정이면 같은 벡터가 나옵니다(스레드 하나일 때).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="279"/>
        <source>Computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="284"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="285"/>
        <source>Where to train: the processor (CPU) or a graphics card (CUDA, Apple MPS). Auto picks a graphics card when there is one.</source>
        <translation>어디에서 학습할지 정합니다: 프로세서(CPU) 또는 그래픽 카드(CUDA, Apple MPS). 자동이면 그래픽 카드가 있을 때 그것을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="291"/>
        <location filename="../../w2v_studio/qt/train/fields.py" line="330"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="292"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="298"/>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="299"/>
        <source>How many processor threads train at the same time.</source>
        <translation>동시에 학습하는 프로세서 스레드 수입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="308"/>
        <source>Processes</source>
        <translation>프로세스 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="309"/>
        <source>Train in several copies of the trainer at once: each copy trains its own part of the corpus, with the CPU threads set above, and their vectors are merged regularly. Faster on a computer with many processor cores. 1 trains in this program alone. Not for fastText or doc2vec, nor when continuing a model.</source>
        <translation>학습기 여러 개를 동시에 돌려 학습합니다. 각각이 말뭉치의 자기 몫을 위에서 정한 CPU 스레드 수로 학습하고, 그 벡터들을 주기적으로 합칩니다. 프로세서 코어가 많은 컴퓨터에서 더 빠릅니다. 1이면 이 프로그램 안에서만 학습합니다. fastText나 doc2vec, 모델 이어서 학습하기에는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="323"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="324"/>
        <source>numba is fast on the CPU; torch is needed for a graphics card. Auto picks for you.</source>
        <translation>numba는 CPU에서 빠르고, 그래픽 카드를 쓰려면 torch가 필요합니다. 자동이면 알아서 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="331"/>
        <source>numba (CPU)</source>
        <translation>numba (CPU)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="332"/>
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="338"/>
        <source>Words per batch</source>
        <translation>배치당 단어 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="339"/>
        <source>Words handed to a thread at a time (CPU).</source>
        <translation>한 번에 스레드 하나에 넘기는 단어 수입니다(CPU).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="346"/>
        <source>Examples per step</source>
        <translation>단계당 예제 수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="347"/>
        <source>Training examples per step on a graphics card (torch engine).</source>
        <translation>그래픽 카드에서 한 단계에 쓰는 학습 예제 수입니다(torch 엔진).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="356"/>
        <source>Longest line</source>
        <translation>최대 줄 길이</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/fields.py" line="357"/>
        <source>Longer lines are cut into pieces of this many tokens.</source>
        <translation>이보다 긴 줄은 이 토큰 수만큼씩 잘라 씁니다.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="41"/>
        <source>gensim defaults</source>
        <translation>gensim 기본값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="42"/>
        <source>word2vec C defaults</source>
        <translation>word2vec C 기본값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="43"/>
        <source>small corpus</source>
        <translation>작은 말뭉치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="44"/>
        <source>quality (slower)</source>
        <translation>품질 우선(느림)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="159"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="160"/>
        <source>Words/s</source>
        <translation>초당 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="161"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="162"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="163"/>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="164"/>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="229"/>
        <source>Preset:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="230"/>
        <source>custom</source>
        <translation>사용자 설정</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="235"/>
        <source>Ready-made settings: choose one, then change what you like.</source>
        <translation>미리 정해 둔 설정입니다. 하나를 고른 뒤 원하는 대로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="239"/>
        <source>Explore this model</source>
        <translation>이 모델 탐색</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="240"/>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="241"/>
        <source>Continue the current model</source>
        <translation>현재 모델 이어서 학습</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="244"/>
        <source>Train the current model further (a stopped run, a finished one or an opened model folder) instead of starting from random vectors. Its vocabulary, vector size and objective are kept; the other settings apply to the new epochs.</source>
        <translation>무작위 벡터에서 새로 시작하지 않고 현재 모델(중지된 학습, 끝난 학습, 또는 연 모델 폴더)을 더 학습합니다. 어휘, 벡터 크기, 학습 목표는 그대로 두고, 나머지 설정은 새 에포크에 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="250"/>
        <source>Log</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="258"/>
        <source>Start training (F5); press again to stop.</source>
        <translation>학습 시작(F5). 다시 누르면 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="275"/>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="278"/>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="281"/>
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="288"/>
        <source>No tokenized corpus yet: add files on the Corpus page, or press Start to tokenize them first.</source>
        <translation>토큰화된 말뭉치가 아직 없습니다. 말뭉치 페이지에서 파일을 추가하거나, 시작을 누르면 먼저 토큰화합니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="294"/>
        <source>Corpus: {0}</source>
        <translation>말뭉치: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="355"/>
        <source>starting a new run</source>
        <translation>새 학습 시작</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="342"/>
        <source>Tokenizing the corpus first; training starts when it is done.</source>
        <translation>먼저 말뭉치를 토큰화합니다. 끝나면 학습이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="384"/>
        <source>Continuing the current model: {0} words, {1} dimensions, {2}, {3} epochs done; {4} more epochs</source>
        <translation>현재 모델을 이어서 학습: 단어 {0}개, {1}차원, {2}, 에포크 {3}회 완료; {4}회 더</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="396"/>
        <source>Starting: {0}, {1}, {2} dimensions, {3} epochs</source>
        <translation>시작: {0}, {1}, {2}차원, {3}에포크</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="410"/>
        <source>Stopping after the current batch…</source>
        <translation>현재 배치가 끝나면 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/train/page.py" line="437"/>
        <source>Settings changed; press Start to train again.</source>
        <translation>설정이 바뀌었습니다. 시작을 누르면 다시 학습합니다.</translation>
    </message>
</context>
<context>
    <name>TrainThread</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="133"/>
        <source>Training stopped: {0}</source>
        <translation>학습이 중단되었습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="135"/>
        <source>Training stopped: {0} could not be read or written ({1}). Check that it exists and that the disk has room, then press Start again.</source>
        <translation>학습이 중단되었습니다: {0}을(를) 읽거나 쓸 수 없습니다({1}). 파일이 있는지, 디스크에 공간이 있는지 확인한 뒤 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="139"/>
        <source>a file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="141"/>
        <source>Training stopped because of an unexpected problem. Your settings and corpus are kept: press Start to try again.</source>
        <translation>예상하지 못한 문제로 학습이 중단되었습니다. 설정과 말뭉치는 그대로입니다. 시작을 눌러 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/worker.py" line="147"/>
        <source>The details were written to {0}.</source>
        <translation>자세한 내용은 {0}에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="90"/>
        <source>Unsaved work</source>
        <translation>저장하지 않은 작업</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="91"/>
        <source>Don&apos;t save</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="103"/>
        <source>The model you trained is not saved.</source>
        <translation>학습한 모델이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="106"/>
        <source>The project {0} has changes that are not saved.</source>
        <translation>프로젝트 {0}에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="111"/>
        <source>{0} now would drop this work. Save it first?</source>
        <translation>{0}: 지금 계속하면 이 작업이 사라집니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/unsaved.py" line="115"/>
        <source>The model will be saved in {0}, beside the project.</source>
        <translation>모델은 프로젝트 옆의 {0}에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>WeatPart</name>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="99"/>
        <source>Targets X</source>
        <translation>대상 X</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="99"/>
        <source>Targets Y</source>
        <translation>대상 Y</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="100"/>
        <source>Attributes A</source>
        <translation>속성 A</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="100"/>
        <source>Attributes B</source>
        <translation>속성 B</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="103"/>
        <source>Load…</source>
        <translation>불러오기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="104"/>
        <source>Words, one per line or separated by spaces</source>
        <translation>단어를 한 줄에 하나씩, 또는 공백으로 구분해 입력</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="105"/>
        <source>Original English lists (Caliskan et al. 2017):</source>
        <translation>원본 영어 목록 (Caliskan 외 2017):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="106"/>
        <source>Run WEAT</source>
        <translation>WEAT 실행</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="107"/>
        <source>Is X closer to A (and Y to B) than the other way round in the current model?</source>
        <translation>현재 모델에서 X가 A에(그리고 Y가 B에) 반대 경우보다 더 가까운가?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="112"/>
        <source>Open a word list</source>
        <translation>단어 목록 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="113"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="133"/>
        <source>Open or train a model first.</source>
        <translation>먼저 모델을 열거나 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="137"/>
        <source>Fill in all four word sets.</source>
        <translation>네 단어 집합을 모두 채우세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="156"/>
        <source>exact</source>
        <translation>정확 계산</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="156"/>
        <source>{0} random partitions</source>
        <translation>무작위 분할 {0}개</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="158"/>
        <source>Effect size d = {0:.3f}, p = {1:.4g} ({2}).</source>
        <translation>효과 크기 d = {0:.3f}, p = {1:.4g} ({2}).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/analysis/weat_part.py" line="162"/>
        <source>Not in the model, left out: {0}</source>
        <translation>모델에 없어 제외한 단어: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="126"/>
        <source>Welcome to Word2Vec Studio</source>
        <translation>Word2Vec Studio에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="129"/>
        <source>1. Corpus: open your text files (one sentence or paragraph per line) and choose a tokenizer.</source>
        <translation>1. 말뭉치: 텍스트 파일(한 줄에 문장이나 문단 하나)을 열고 토크나이저를 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="134"/>
        <source>2. Train: choose settings or a preset and press Start; watch the loss fall.</source>
        <translation>2. 학습: 설정이나 프리셋을 고르고 시작을 누릅니다. 손실이 줄어드는 것을 지켜보세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="137"/>
        <source>3. Explore: look up similar words, analogies and a map of the vocabulary.</source>
        <translation>3. 탐색: 비슷한 단어, 유추, 어휘 지도를 살펴봅니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="139"/>
        <source>Open corpus files…</source>
        <translation>말뭉치 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="140"/>
        <source>Open a folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="141"/>
        <source>Or start with an example:</source>
        <translation>또는 예제로 시작하세요:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="142"/>
        <source>Korean constitution (ships with konlpy)</source>
        <translation>대한민국 헌법(konlpy에 포함)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="144"/>
        <source>konlpy is not installed</source>
        <translation>konlpy가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="148"/>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="150"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="155"/>
        <source>checked against its SHA-256 checksum</source>
        <translation>SHA-256 체크섬으로 확인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="157"/>
        <source>checked by size only ({0} bytes; no checksum recorded yet)</source>
        <translation>크기로만 확인({0}바이트, 아직 기록된 체크섬 없음)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="160"/>
        <source>not checked: no checksum or size recorded yet</source>
        <translation>확인하지 않음: 기록된 체크섬이나 크기가 아직 없음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="211"/>
        <source>verified by SHA-256</source>
        <translation>SHA-256으로 확인함</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="212"/>
        <source>size checked; no checksum known, so the content is not verified</source>
        <translation>크기만 확인함. 알려진 체크섬이 없어 내용은 확인하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="213"/>
        <source>not verified: no checksum or size is known for this file</source>
        <translation>확인하지 않음: 이 파일의 체크섬이나 크기를 모릅니다</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="215"/>
        <source>from the cache</source>
        <translation>캐시에서 가져옴</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="215"/>
        <source>downloaded</source>
        <translation>내려받음</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="219"/>
        <source>{0}: {1}, {2}. SHA-256 of the file: {3}</source>
        <translation>{0}: {1}, {2}. 파일의 SHA-256: {3}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/shell/welcome.py" line="230"/>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
</context>
</TS>
