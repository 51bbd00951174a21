<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="95" />
        <source>Open second model…</source>
        <translation>두 번째 모델 열기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="96" />
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="97" />
        <source>Neighbours:</source>
        <translation>이웃 수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="98" />
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="99" />
        <source>Current model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="100" />
        <source>Second model</source>
        <translation>두 번째 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="104" />
        <source>Open another model or vector file (for example skip-gram against CBOW, or window 2 against 5).</source>
        <translation>다른 모델이나 벡터 파일을 여세요 (예: skip-gram과 CBOW, 창 크기 2와 5).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="109" />
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="120" />
        <source>Open second model</source>
        <translation>두 번째 모델 열기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="122" />
        <source>Vectors (*.bin *.txt *.vec *.npy model.json);;All files (*)</source>
        <translation>벡터 (*.bin *.txt *.vec *.npy model.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="132" />
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="145" />
        <source>Could not open it: {0}</source>
        <translation>열 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="156" />
        <source>{0}: {1:,} words, {2} dimensions</source>
        <translation>{0}: 단어 {1:,}개, {2}차원</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="171" />
        <source>Train or open a model first.</source>
        <translation>먼저 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="186" />
        <source>“{0}” is not in {1}.</source>
        <translation>“{0}”은(는) {1}에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="187" />
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="195" />
        <source>Open a second model to compare with.</source>
        <translation>비교할 두 번째 모델을 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="199" />
        <source>{0} of {1} neighbours are in both lists (green).</source>
        <translation>이웃 {1}개 중 {0}개가 두 목록 모두에 있습니다 (초록).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="206" />
        <source>the current model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/compare_view.py" line="223" />
        <source>in both lists</source>
        <translation>두 목록 모두에 있음</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="168" />
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="169" />
        <source>With (optional):</source>
        <translation>함께 나올 단어 (선택):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="170" />
        <source>a second word, e.g. a neighbour</source>
        <translation>두 번째 단어, 예: 이웃 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="171" />
        <source>Within:</source>
        <translation>거리:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="172" />
        <source> words</source>
        <translation> 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="173" />
        <source>Sort by:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>corpus order</source>
        <translation>말뭉치 순서</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>left context</source>
        <translation>왼쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="175" />
        <source>right context</source>
        <translation>오른쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="178" />
        <source>Show lines</source>
        <translation>문장 보기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="180" />
        <source>Left context</source>
        <translation>왼쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="181" />
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="182" />
        <source>Right context</source>
        <translation>오른쪽 문맥</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="183" />
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="230" />
        <source>Type one word (a single token) to see its lines.</source>
        <translation>문장을 보려면 단어 하나(토큰 하나)를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="249" />
        <source>Searching the corpus…</source>
        <translation>말뭉치를 검색하는 중…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="268" />
        <source>The corpus could not be searched: {0}</source>
        <translation>말뭉치를 검색할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="286" />
        <source>This model has no corpus attached (it was opened from a vector file, or its tokenized corpus was deleted), so its lines cannot be shown. Train it here, or open the model folder it was saved to.</source>
        <translation>이 모델에는 말뭉치가 연결되어 있지 않아서 (벡터 파일에서 열었거나 토큰화한 말뭉치가 지워졌습니다) 문장을 보여 줄 수 없습니다. 여기서 학습하거나, 모델을 저장한 폴더를 여세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="292" />
        <source>Click a word on the map or in a table to see its lines.</source>
        <translation>지도나 표에서 단어를 클릭하면 그 단어가 나오는 문장을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="294" />
        <source>{0:,} times “{1}” with “{2}” within {3} words</source>
        <translation>“{1}”와(과) “{2}”가 {3}단어 안에서 함께 나온 횟수: {0:,}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="298" />
        <source>{0:,} occurrences of “{1}”</source>
        <translation>“{1}” {0:,}회 출현</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/concordance_view.py" line="300" />
        <source>(showing the first {0:,})</source>
        <translation>(처음 {0:,}개 표시)</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="136" />
        <source>Evaluation files (similarity and analogy):</source>
        <translation>평가 파일 (유사도·유추):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="137" />
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="138" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="139" />
        <source>Analogy method:</source>
        <translation>유추 방법:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="140" />
        <source>Search only the most frequent words (0 = all):</source>
        <translation>가장 자주 나오는 단어 안에서만 찾기 (0 = 전체):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="141" />
        <source>Ignore upper/lower case</source>
        <translation>대소문자 구분 안 함</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="142" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="143" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="144" />
        <source>Export results as CSV…</source>
        <translation>결과를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="147" />
        <source>Bars: Spearman correlation for similarity files (blue), accuracy for analogy files (orange).</source>
        <translation>막대: 유사도 파일은 스피어만 상관계수(파랑), 유추 파일은 정확도(주황).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="172" />
        <source>Choose evaluation files</source>
        <translation>평가 파일 선택</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="174" />
        <source>Evaluation files (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>평가 파일 (*.txt *.tsv *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="197" />
        <source>similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="198" />
        <source>analogy</source>
        <translation>유추</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="199" />
        <source>not an evaluation file</source>
        <translation>평가 파일 아님</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="218" />
        <source>Train or open a model first: there are no vectors to evaluate.</source>
        <translation>먼저 모델을 학습하거나 여세요. 평가할 벡터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="224" />
        <source>Add at least one similarity or analogy file first.</source>
        <translation>먼저 유사도 파일이나 유추 파일을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="273" />
        <source>The evaluation stopped: {0}</source>
        <translation>평가가 중단되었습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="277" />
        <source>Evaluation cancelled.</source>
        <translation>평가를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="332" />
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="332" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="342" />
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_page.py" line="345" />
        <source>Results saved to {0}</source>
        <translation>결과를 {0}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="117" />
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="118" />
        <source>Concordance</source>
        <translation>용례</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="119" />
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="139" />
        <source>Train a model or open one (File &gt; Open) to explore its words.</source>
        <translation>단어를 탐색하려면 모델을 학습하거나 여세요 (파일 &gt; 열기).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="169" />
        <location filename="../../w2v_studio/qt/explorer_page.py" line="326" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”은(는) 어휘에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="171" />
        <location filename="../../w2v_studio/qt/explorer_page.py" line="330" />
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="181" />
        <source>Not in the vocabulary, left out: {0}</source>
        <translation>어휘에 없어서 뺀 단어: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="207" />
        <source>Computing {0} for {1:,} words… (Cancel stops it)</source>
        <translation>{1:,}개 단어의 {0} 계산 중… (취소하면 멈춥니다)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="228" />
        <source>The map could not be computed: {0}</source>
        <translation>지도를 계산할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="308" />
        <source>“{0}” is not on the map. Choose “Neighbours of a word” to place it with its neighbours.</source>
        <translation>“{0}”은(는) 지도에 없습니다. “한 단어의 이웃”을 골라 그 이웃과 함께 배치하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="348" />
        <source>Click a word on the map first, then tick this box.</source>
        <translation>먼저 지도에서 단어를 클릭한 다음 이 상자를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="371" />
        <source>{0:,} of {1:,} words placed with {2} in {3:.2f} s.</source>
        <translation>단어 {1:,}개 중 {0:,}개를 {2}(으)로 {3:.2f}초 만에 배치했습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explorer_page.py" line="377" />
        <source>Hover a point for its count; click it to select.</source>
        <translation>점 위에 마우스를 올리면 빈도가, 클릭하면 선택됩니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="135" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="136" />
        <source>Vectors</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="138" />
        <source>word2vec binary (.bin)</source>
        <translation>word2vec 바이너리 (.bin)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="139" />
        <source>word2vec text (.txt)</source>
        <translation>word2vec 텍스트 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="140" />
        <source>vocabulary with counts (.txt)</source>
        <translation>빈도가 있는 어휘 목록 (.txt)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="141" />
        <source>TSV + metadata for the Embedding Projector</source>
        <translation>Embedding Projector용 TSV + 메타데이터</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="142" />
        <source>CSV (word, count, vector)</source>
        <translation>CSV (단어, 빈도, 벡터)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="143" />
        <source>NumPy array + word list (.npy)</source>
        <translation>NumPy 배열 + 단어 목록 (.npy)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="147" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="148" />
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="149" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="150" />
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="151" />
        <source>Only the most frequent words:</source>
        <translation>가장 자주 나오는 단어만:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="153" />
        <source>Leave out words that contain spaces (they would break the file)</source>
        <translation>공백이 들어 있는 단어는 빼기 (파일이 깨집니다)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="156" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="157" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="210" />
        <source>Export vectors</source>
        <translation>벡터 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="158" />
        <source>Map of the Explore page</source>
        <translation>탐색 페이지의 지도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="161" />
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="162" />
        <source>SVG image</source>
        <translation>SVG 이미지</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="163" />
        <source>2-D coordinates CSV (word, x, y, count)</source>
        <translation>2차원 좌표 CSV (단어, x, y, 빈도)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="167" />
        <location filename="../../w2v_studio/qt/export_dialog.py" line="216" />
        <source>Export map</source>
        <translation>지도 내보내기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="183" />
        <source>Train or open a model first: there is nothing to export yet.</source>
        <translation>먼저 모델을 학습하거나 여세요. 아직 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="187" />
        <source>Place words on the Explore page to export the map.</source>
        <translation>지도를 내보내려면 먼저 탐색 페이지에서 단어를 배치하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="255" />
        <source>Nothing was exported: {0}</source>
        <translation>아무것도 내보내지 않았습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/export_dialog.py" line="285" />
        <source>Written: {0}</source>
        <translation>저장함: {0}</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_colours.py" line="86" />
        <source>ranks {0:,}–{1:,}</source>
        <translation>순위 {0:,}–{1:,}</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_colours.py" line="88" />
        <source>ranks {0:,}+</source>
        <translation>순위 {0:,} 이하</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="213" />
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="214" />
        <source>a word on the map</source>
        <translation>지도에 있는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="215" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="216" />
        <source>Only the selected word's neighbours:</source>
        <translation>선택한 단어의 이웃만 보기:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="217" />
        <source>Fit view</source>
        <translation>전체 보기</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../w2v_studio/qt/map_view.py" line="316" />
        <source>{0}
count: {1}</source>
        <translation>{0}
빈도: {1}</translation>
    </message>
</context>
<context>
    <name>PlacementControls</name>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="107" />
        <source>Most frequent words</source>
        <translation>가장 자주 나오는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="108" />
        <source>Pasted word list</source>
        <translation>붙여 넣은 단어 목록</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="109" />
        <source>Neighbours of a word</source>
        <translation>한 단어의 이웃</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="110" />
        <source>Words matching a regex</source>
        <translation>정규식에 맞는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="114" />
        <source>PCA (immediate)</source>
        <translation>PCA (즉시)</translation>
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
        <translation>빈도 구간</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="116" />
        <source>k-means cluster</source>
        <translation>k-평균 군집</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="118" />
        <source>Words:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="119" />
        <source>Layout:</source>
        <translation>배치:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="120" />
        <source>Colour by:</source>
        <translation>색 기준:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="121" />
        <source>Clusters:</source>
        <translation>군집 수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="122" />
        <source>Place words</source>
        <translation>단어 배치</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="123" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="125" />
        <source>Paste words here, separated by spaces, commas or new lines</source>
        <translation>여기에 단어를 붙여 넣으세요 (공백, 쉼표, 줄바꿈으로 구분)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="139" />
        <source>how many:</source>
        <translation>개수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="139" />
        <source>at most:</source>
        <translation>최대:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="141" />
        <source>a word, e.g. 서울 or 中国</source>
        <translation>단어, 예: 서울</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/explore_controls.py" line="143" />
        <source>a regular expression, e.g. ^un.*able$</source>
        <translation>정규식, 예: ^대.*교$</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="136" />
        <source>Nearest neighbours</source>
        <translation>가장 가까운 이웃</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="137" />
        <source>Analogy a : b :: c : ?</source>
        <translation>유추 a : b :: c : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="138" />
        <source>Similarity of two words</source>
        <translation>두 단어의 유사도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="139" />
        <source>Odd one out</source>
        <translation>어울리지 않는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="140" />
        <source>Word arithmetic (+ / −)</source>
        <translation>단어 연산 (+ / −)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="144" />
        <source>Question:</source>
        <translation>질문:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="146" />
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="146" />
        <source>How many:</source>
        <translation>개수:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>a:</source>
        <translation>a:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>b:</source>
        <translation>b:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>c:</source>
        <translation>c:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="147" />
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="148" />
        <source>First word:</source>
        <translation>첫째 단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="148" />
        <source>Second word:</source>
        <translation>둘째 단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="149" />
        <source>Words:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="150" />
        <source>Plus (+):</source>
        <translation>더하기 (+):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="150" />
        <source>Minus (−):</source>
        <translation>빼기 (−):</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="155" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="160" />
        <source>e.g. man</source>
        <translation>예: 남자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="156" />
        <source>e.g. king</source>
        <translation>예: 왕</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="157" />
        <source>e.g. woman</source>
        <translation>예: 여자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="158" />
        <source>three or more words, e.g. apple pear car</source>
        <translation>단어 셋 이상, 예: 사과 배 자동차</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="159" />
        <source>e.g. king woman</source>
        <translation>예: 왕 여자</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="161" />
        <source>Ask</source>
        <translation>질문하기</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="168" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="168" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="174" />
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <location filename="../../w2v_studio/qt/search_panel.py" line="175" />
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="169" />
        <source>Count</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="172" />
        <source>First word</source>
        <translation>첫째 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="173" />
        <source>Second word</source>
        <translation>둘째 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="217" />
        <source>Train or open a model first: there are no vectors to ask.</source>
        <translation>먼저 모델을 학습하거나 여세요. 질문할 벡터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="227" />
        <source>“{0}” is not in the vocabulary.</source>
        <translation>“{0}”은(는) 어휘에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="229" />
        <source>Did you mean: {0}?</source>
        <translation>혹시 이 단어인가요: {0}?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="232" />
        <source>No similar spelling was found; words are case-sensitive, and words rarer than the model's minimum count are left out.</source>
        <translation>비슷한 철자의 단어가 없습니다. 대소문자를 구분하며, 모델의 최소 빈도보다 드문 단어는 빠져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="256" />
        <source>Type a word.</source>
        <translation>단어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="265" />
        <source>Nearest neighbours of “{0}”. Double-click a row for the lines where both words occur.</source>
        <translation>“{0}”의 가장 가까운 이웃입니다. 행을 두 번 클릭하면 두 단어가 함께 나오는 문장을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="277" />
        <source>Fill in a, b and c.</source>
        <translation>a, b, c를 모두 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="283" />
        <source>{0} : {1} :: {2} : ?</source>
        <translation>{0} : {1} :: {2} : ?</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="291" />
        <source>Type two words.</source>
        <translation>단어 두 개를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="300" />
        <source>“{1}” is neighbour number {2:,} of “{0}”.</source>
        <translation>“{1}”은(는) “{0}”의 {2:,}번째 이웃입니다.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="310" />
        <source>Type at least three words.</source>
        <translation>단어를 셋 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="318" />
        <source>The odd one out is “{0}” (last row: least similar to the group's average).</source>
        <translation>어울리지 않는 단어는 “{0}”입니다 (마지막 행: 무리의 평균과 가장 덜 비슷함).</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/search_panel.py" line="328" />
        <source>Type at least one word to add.</source>
        <translation>더할 단어를 하나 이상 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="57" />
        <source>Word pairs in the file</source>
        <translation>파일의 단어 쌍</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="58" />
        <source>Pairs with both words known</source>
        <translation>두 단어를 모두 아는 쌍</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="59" />
        <source>Skipped (unknown word)</source>
        <translation>건너뜀 (모르는 단어)</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="60" />
        <source>Spearman ρ</source>
        <translation>스피어만 ρ</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="61" />
        <source>Spearman p-value</source>
        <translation>스피어만 p값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="62" />
        <source>Pearson r</source>
        <translation>피어슨 r</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="63" />
        <source>Pearson p-value</source>
        <translation>피어슨 p값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="68" />
        <source>Unknown words</source>
        <translation>모르는 단어</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="69" />
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="69" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="76" />
        <source>semantic</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="76" />
        <source>syntactic</source>
        <translation>문법</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="85" />
        <source>All semantic</source>
        <translation>의미 전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="86" />
        <source>All syntactic</source>
        <translation>문법 전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="87" />
        <source>Overall</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="101" />
        <source>Section</source>
        <translation>부문</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="102" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="103" />
        <source>Correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="104" />
        <source>Answered</source>
        <translation>답한 문제</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="105" />
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../w2v_studio/qt/evaluate_tables.py" line="106" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
</context>
</TS>