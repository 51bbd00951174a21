<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Meaning change</source>
        <translation>의미 변화</translation>
    </message>
    <message>
        <source>Associations (WEAT)</source>
        <translation>연상 검사(WEAT)</translation>
    </message>
    <message>
        <source>Neighbour stability</source>
        <translation>이웃 안정성</translation>
    </message>
    <message>
        <source>Semantic axes</source>
        <translation>의미 축</translation>
    </message>
</context>
<context>
    <name>AxesPart</name>
    <message>
        <source>x axis: towards</source>
        <translation>x축: 이쪽으로</translation>
    </message>
    <message>
        <source>away from</source>
        <translation>반대쪽</translation>
    </message>
    <message>
        <source>y axis: towards</source>
        <translation>y축: 이쪽으로</translation>
    </message>
    <message>
        <source>Words to place</source>
        <translation>배치할 단어</translation>
    </message>
    <message>
        <source>empty: the most frequent words</source>
        <translation>비우면 가장 빈번한 단어</translation>
    </message>
    <message>
        <source>Most frequent:</source>
        <translation>빈도 상위:</translation>
    </message>
    <message>
        <source>Place words</source>
        <translation>단어 배치</translation>
    </message>
    <message>
        <source>Open or train a model first.</source>
        <translation>먼저 모델을 열거나 학습하세요.</translation>
    </message>
    <message>
        <source>Give words for the x axis.</source>
        <translation>x축 단어를 입력하세요.</translation>
    </message>
    <message>
        <source>Not in the model, left out: {0}</source>
        <translation>모델에 없어 제외한 단어: {0}</translation>
    </message>
</context>
<context>
    <name>ShiftPart</name>
    <message>
        <source>Add model…</source>
        <translation>모델 추가…</translation>
    </message>
    <message>
        <source>Add slices folder…</source>
        <translation>구간 폴더 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Only words seen at least</source>
        <translation>최소 출현 횟수</translation>
    </message>
    <message>
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <source>Compare first and last</source>
        <translation>처음과 마지막 비교</translation>
    </message>
    <message>
        <source>Models in order (for example one per decade). The others are aligned onto the first by orthogonal Procrustes on their shared words.</source>
        <translation>순서대로 놓인 모델(예: 10년마다 하나). 나머지 모델은 공통 단어에 대한 직교 프로크루스테스로 첫 모델에 정렬됩니다.</translation>
    </message>
    <message>
        <source>Neighbours of the selected word, model by model, and its path across the models</source>
        <translation>선택한 단어의 모델별 이웃과 모델 사이의 이동 경로</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Cosine distance</source>
        <translation>코사인 거리</translation>
    </message>
    <message>
        <source>Neighbourhood change</source>
        <translation>이웃 변화</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Choose a slices folder</source>
        <translation>구간 폴더 선택</translation>
    </message>
    <message>
        <source>{0} has no readable index.json: choose a folder written by 'w2v-studio slices'.</source>
        <translation>{0}에 읽을 수 있는 index.json이 없습니다. 'w2v-studio slices'로 만든 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Add at least two models to compare.</source>
        <translation>비교하려면 모델을 두 개 이상 추가하세요.</translation>
    </message>
</context>
<context>
    <name>StabilityPart</name>
    <message>
        <source>Word:</source>
        <translation>단어:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>실행 횟수:</translation>
    </message>
    <message>
        <source>Resample the lines (bootstrap)</source>
        <translation>줄 재표집(부트스트랩)</translation>
    </message>
    <message>
        <source>Each run trains on a sample of the corpus lines drawn with replacement, as Antoniak &amp; Mimno (2018) suggest for small corpora.</source>
        <translation>각 실행은 말뭉치 줄을 복원 추출한 표본으로 학습합니다. 작은 말뭉치에 대해 Antoniak &amp; Mimno(2018)가 권하는 방법입니다.</translation>
    </message>
    <message>
        <source>How stable?</source>
        <translation>얼마나 안정적인가?</translation>
    </message>
    <message>
        <source>Train the current model's settings again on its corpus and count in how many runs each neighbour comes back.</source>
        <translation>현재 모델의 설정으로 같은 말뭉치를 다시 학습하여 각 이웃이 몇 번의 실행에서 다시 나타나는지 셉니다.</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>이웃</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>평균 순위</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Train or open a model first: its settings and corpus are trained again.</source>
        <translation>먼저 모델을 학습하거나 여세요. 그 설정과 말뭉치로 다시 학습합니다.</translation>
    </message>
    <message>
        <source>The corpus of this model is not at hand: train it in this session, or use 'w2v-studio stability' on the corpus.</source>
        <translation>이 모델의 말뭉치를 찾을 수 없습니다. 이번 세션에서 학습하거나 말뭉치에 'w2v-studio stability'를 사용하세요.</translation>
    </message>
    <message>
        <source>Type a word.</source>
        <translation>단어를 입력하세요.</translation>
    </message>
    <message>
        <source>'{0}' is in none of the runs' vocabularies.</source>
        <translation>'{0}'은(는) 어느 실행의 어휘에도 없습니다.</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>불안정</translation>
    </message>
</context>
<context>
    <name>WeatPart</name>
    <message>
        <source>Targets X</source>
        <translation>대상 X</translation>
    </message>
    <message>
        <source>Targets Y</source>
        <translation>대상 Y</translation>
    </message>
    <message>
        <source>Attributes A</source>
        <translation>속성 A</translation>
    </message>
    <message>
        <source>Attributes B</source>
        <translation>속성 B</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>불러오기…</translation>
    </message>
    <message>
        <source>Words, one per line or separated by spaces</source>
        <translation>단어를 한 줄에 하나씩, 또는 공백으로 구분해 입력</translation>
    </message>
    <message>
        <source>Original English lists (Caliskan et al. 2017):</source>
        <translation>원본 영어 목록 (Caliskan 외 2017):</translation>
    </message>
    <message>
        <source>Run WEAT</source>
        <translation>WEAT 실행</translation>
    </message>
    <message>
        <source>Is X closer to A (and Y to B) than the other way round in the current model?</source>
        <translation>현재 모델에서 X가 A에(그리고 Y가 B에) 반대 경우보다 더 가까운가?</translation>
    </message>
    <message>
        <source>Open a word list</source>
        <translation>단어 목록 열기</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open or train a model first.</source>
        <translation>먼저 모델을 열거나 학습하세요.</translation>
    </message>
    <message>
        <source>Fill in all four word sets.</source>
        <translation>네 단어 집합을 모두 채우세요.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확 계산</translation>
    </message>
    <message>
        <source>{0} random partitions</source>
        <translation>무작위 분할 {0}개</translation>
    </message>
    <message>
        <source>Effect size d = {0:.3f}, p = {1:.4g} ({2}).</source>
        <translation>효과 크기 d = {0:.3f}, p = {1:.4g} ({2}).</translation>
    </message>
    <message>
        <source>Not in the model, left out: {0}</source>
        <translation>모델에 없어 제외한 단어: {0}</translation>
    </message>
</context>
<context><name>MainWindow</name><message><source>Analyse</source><translation>분석</translation></message></context></TS>
