<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>TokenizerOptions</name>
    <message>
        <source>Whitespace (text already segmented)</source>
        <translation>공백 (이미 분절된 텍스트)</translation>
    </message>
    <message>
        <source>English (word pattern)</source>
        <translation>영어 (단어 패턴)</translation>
    </message>
    <message>
        <source>Chinese: jieba</source>
        <translation>중국어: jieba</translation>
    </message>
    <message>
        <source>Korean: Kiwi (lemmas, typo tolerance)</source>
        <translation>한국어: Kiwi (원형, 오타 교정)</translation>
    </message>
    <message>
        <source>Korean: Okt (konlpy; normalisation, stemming; needs Java)</source>
        <translation>한국어: Okt (konlpy; 정규화, 어간 추출; Java 필요)</translation>
    </message>
    <message>
        <source>Korean: Komoran (konlpy; needs Java)</source>
        <translation>한국어: Komoran (konlpy; Java 필요)</translation>
    </message>
    <message>
        <source>Korean: Mecab (fast, no Java)</source>
        <translation>한국어: Mecab (빠름, Java 불필요)</translation>
    </message>
    <message>
        <source>Splits at spaces and tabs only: use it for text that is already segmented.</source>
        <translation>공백과 탭에서만 나눕니다. 이미 분절된 텍스트에 쓰세요.</translation>
    </message>
    <message>
        <source>Words are runs of letters and digits in any script, with inner apostrophes.</source>
        <translation>단어는 모든 문자 체계의 글자와 숫자가 이어진 것이며, 안쪽의 아포스트로피를 포함합니다.</translation>
    </message>
    <message>
        <source>Full mode is not offered: it emits overlapping words, which skews training.</source>
        <translation>전체 모드는 제공하지 않습니다. 겹치는 단어를 내보내 학습을 왜곡하기 때문입니다.</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>소문자로 바꾸기</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>숫자 유지</translation>
    </message>
    <message>
        <source>Keep punctuation</source>
        <translation>문장 부호 유지</translation>
    </message>
    <message>
        <source>Split hyphens</source>
        <translation>하이픈에서 나누기</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>HMM for new words</source>
        <translation>새 단어에 HMM 사용</translation>
    </message>
    <message>
        <source>User dictionary</source>
        <translation>사용자 사전</translation>
    </message>
    <message>
        <source>Stop-word list</source>
        <translation>불용어 목록</translation>
    </message>
    <message>
        <source>Character tokens</source>
        <translation>글자 단위 토큰</translation>
    </message>
    <message>
        <source>Full-width to half-width</source>
        <translation>전각을 반각으로</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>제외할 품사</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력 형식</translation>
    </message>
    <message>
        <source>Dictionary forms of verbs/adjectives</source>
        <translation>동사·형용사 기본형</translation>
    </message>
    <message>
        <source>Typo tolerance</source>
        <translation>오타 교정</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Fold upper case to lower case</source>
        <translation>대문자를 소문자로 바꿉니다</translation>
    </message>
    <message>
        <source>Keep numbers such as 1998 or 3.14 as tokens</source>
        <translation>1998이나 3.14 같은 숫자를 토큰으로 남깁니다</translation>
    </message>
    <message>
        <source>Keep punctuation marks as tokens</source>
        <translation>문장 부호를 토큰으로 남깁니다</translation>
    </message>
    <message>
        <source>Split hyphenated words (state-of-the-art -&gt; state of the art)</source>
        <translation>하이픈으로 이어진 단어를 나눕니다 (state-of-the-art -&gt; state of the art)</translation>
    </message>
    <message>
        <source>accurate: one segmentation (for training); search: also the shorter words inside long ones</source>
        <translation>accurate: 한 가지 분절 (학습용); search: 긴 단어 안의 짧은 단어도 냅니다</translation>
    </message>
    <message>
        <source>Guess unknown words with jieba's HMM</source>
        <translation>jieba의 HMM으로 사전에 없는 단어를 추정합니다</translation>
    </message>
    <message>
        <source>jieba user dictionary: one 'word [freq] [tag]' per line</source>
        <translation>jieba 사용자 사전: 한 줄에 '단어 [빈도] [품사]' 하나</translation>
    </message>
    <message>
        <source>Words to leave out: one per line (UTF-8)</source>
        <translation>제외할 단어: 한 줄에 하나 (UTF-8)</translation>
    </message>
    <message>
        <source>One token per Chinese character instead of words (Latin words and numbers stay whole)</source>
        <translation>단어 대신 한자 한 글자를 토큰 하나로 (라틴 문자 단어와 숫자는 그대로)</translation>
    </message>
    <message>
        <source>Fold full-width letters, digits and signs (Ａ１！) to half-width (A1!)</source>
        <translation>전각 글자·숫자·기호(Ａ１！)를 반각(A1!)으로 바꿉니다</translation>
    </message>
    <message>
        <source>Fold Latin upper case to lower case</source>
        <translation>라틴 대문자를 소문자로 바꿉니다</translation>
    </message>
    <message>
        <source>Keep punctuation and symbols as tokens</source>
        <translation>문장 부호와 기호를 토큰으로 남깁니다</translation>
    </message>
    <message>
        <source>Parts of speech to leave out (default: particles, endings, punctuation)</source>
        <translation>제외할 품사 (기본: 조사, 어미, 문장 부호)</translation>
    </message>
    <message>
        <source>Write each token as the word, or as word/POS</source>
        <translation>토큰을 단어로, 또는 단어/품사로 씁니다</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (Kiwi's lemmas: 먹었다 -&gt; 먹다)</source>
        <translation>동사와 형용사를 기본형으로 (Kiwi의 원형: 먹었다 -&gt; 먹다)</translation>
    </message>
    <message>
        <source>Kiwi user words: one 'word&lt;TAB&gt;TAG&lt;TAB&gt;score' per line (TAG e.g. NNP)</source>
        <translation>Kiwi 사용자 단어: 한 줄에 '단어&lt;TAB&gt;품사&lt;TAB&gt;점수' 하나 (품사 예: NNP)</translation>
    </message>
    <message>
        <source>Correct common typos while analysing (slower)</source>
        <translation>분석하면서 흔한 오타를 고칩니다 (더 느림)</translation>
    </message>
    <message>
        <source>Dictionary forms of verbs and adjectives (Okt's stem=True; also accepted as stem)</source>
        <translation>동사와 형용사의 기본형 (Okt의 stem=True; stem으로도 지정 가능)</translation>
    </message>
    <message>
        <source>Normalise informal spelling first (Okt's norm=True: 사릉해 -&gt; 사랑해)</source>
        <translation>먼저 비격식 표기를 정규화합니다 (Okt의 norm=True: 사릉해 -&gt; 사랑해)</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (stem + 다)</source>
        <translation>동사와 형용사를 기본형으로 (어간 + 다)</translation>
    </message>
    <message>
        <source>Komoran user dictionary: one 'word&lt;TAB&gt;TAG' per line (TAG e.g. NNP)</source>
        <translation>Komoran 사용자 사전: 한 줄에 '단어&lt;TAB&gt;품사' 하나 (품사 예: NNP)</translation>
    </message>
    <message>
        <source>Verbs and adjectives as dictionary forms (갔다 -&gt; 가다), rebuilt from Mecab's analysis</source>
        <translation>동사와 형용사를 기본형으로 (갔다 -&gt; 가다), Mecab 분석에서 재구성</translation>
    </message>
    <message>
        <source>Mecab user dictionary: a compiled .dic, or a mecab-ko-dic .csv (word,,,,NNP,*,F,reading,*,*,*,*), compiled on first use</source>
        <translation>Mecab 사용자 사전: 컴파일된 .dic, 또는 mecab-ko-dic .csv (word,,,,NNP,*,F,reading,*,*,*,*), 처음 쓸 때 컴파일</translation>
    </message>
    <message>
        <source>accurate</source>
        <translation>정확 (accurate)</translation>
    </message>
    <message>
        <source>search</source>
        <translation>검색 (search)</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>명사</translation>
    </message>
    <message>
        <source>pronoun</source>
        <translation>대명사</translation>
    </message>
    <message>
        <source>numeral</source>
        <translation>수사</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>동사</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>형용사</translation>
    </message>
    <message>
        <source>auxiliary</source>
        <translation>보조 용언</translation>
    </message>
    <message>
        <source>copula</source>
        <translation>서술격 조사 (이다)</translation>
    </message>
    <message>
        <source>determiner</source>
        <translation>관형사</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>부사</translation>
    </message>
    <message>
        <source>interjection</source>
        <translation>감탄사</translation>
    </message>
    <message>
        <source>particle</source>
        <translation>조사</translation>
    </message>
    <message>
        <source>ending</source>
        <translation>어미</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>접두사</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>접미사</translation>
    </message>
    <message>
        <source>root</source>
        <translation>어근</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>문장 부호</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>외국어</translation>
    </message>
    <message>
        <source>hanja</source>
        <translation>한자</translation>
    </message>
    <message>
        <source>web</source>
        <translation>웹 주소·이메일</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>word/POS</source>
        <translation>단어/품사</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>continual</source>
        <translation>연속</translation>
    </message>
    <message>
        <source>basic_with_continual</source>
        <translation>기본 + 연속</translation>
    </message>
</context>
</TS>
