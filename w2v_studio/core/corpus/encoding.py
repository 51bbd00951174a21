"""Guess the text encoding of a corpus file: BOMs, UTF-8/16 and Korean/Chinese legacy codecs."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

#: Codecs offered by the GUI's "change encoding" box: (Python codec, label shown to the user).
SUPPORTED_ENCODINGS: list[tuple[str, str]] = [
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 (with BOM)"),
    ("utf-16-le", "UTF-16 LE"),
    ("utf-16-be", "UTF-16 BE"),
    ("cp949", "CP949 / EUC-KR (Korean)"),
    ("gb18030", "GB18030 / GBK (Chinese)"),
    ("big5", "Big5 (Traditional Chinese)"),
    ("cp932", "Shift-JIS / CP932 (Japanese)"),
    ("euc-jp", "EUC-JP (Japanese)"),
    ("cp1252", "Windows-1252 (Western European)"),
    ("latin-1", "Latin-1 / ISO-8859-1"),
    ("ascii", "ASCII"),
]
_LABELS = dict(SUPPORTED_ENCODINGS) | {"utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE"}

#: Compressed files are read through these openers (binary mode).
COMPRESSED_SUFFIXES: dict[str, Callable[..., BinaryIO]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}

# The 800 most frequent Hangul syllables (Korean Wikipedia + NSMC reviews: 99% of them).
_KO_COMMON = frozenset(
    "이다는의에하로을고가지한은서기대도으인를사아시리어나스있라자정들그수국년과전화부"
    "일해주제적되만었영보게여성장동구상학와원했였중마교면공유위미세조것신소니우문며요"
    "재선명비연계무경개진르데오관당러치용민작등거월회내산음생역후모된트드분통발안간반"
    "군터단방물운체때할실타식바말본프남없야려던히현각양행파력네점종두않노포토까크강독"
    "호속설결함같차감루레임건았형최표카입불태금법배합직심출권래예더편업평천또초립받족"
    "알많른따추너저키질외번람왕악특약집북청처랑매달준론디록언좋란피코령복버난격판울름"
    "향근린김광살베승열박목류석황변티존투절습술품별온든환메총런병활항막백쟁못브급증망"
    "참날능창쪽잘느극테볼육확새순져완애졌련탄철누쓰삼봤올친필책견충페탈및접곡돌량즈갈"
    "림워걸짜밌께규길료럽글축색케협송슬겨머억암긴희담죽째플뒤봉측범침줄쿠움높듯윤귀션"
    "혼씨패끝밀허엔취잡큰앙혁쳐농겠논곳험헌손벌왔럼채넘락늘칭렸념났퍼풍봐렇액될클흥압"
    "닌왜맞응릴효써찬몰랜례율눈찰폭츠슈웨덕징싶폐님잔층좀힘엄즉착녀골몇택훈냥먹뜻획빠"
    "맥커갖핵찾균궁끼혀얼섬칙앞검뿐홍맹캐혹묘빈냐퇴염갔답킨익얻첫옥릭뉴놓헤웃밖널좌떠"
    "틀숙블득괴므폴엘링슨밝흐켰낸됐웠컴벨떨먼낮혈둘칸몽냈싸척돈벽팔잼퓨롯굴놀률칼끌켜"
    "픽센즘쉽멋램꾸맨춘휴략턴욕곤쉬멸죄잠휘낌룡킬뭐떤빛믿탕큼붙푸갑쳤겼욱벤객씬졸틴콘"
    "륙몸혜괜깊촌옛섭흑델딩슴덴짱톨십랍빌탁텔솔겐낙샤찮칠짐웅윈엇즐흔풀릉꼭렬깨폰넷캠"
    "콜뛰슷템늑렵렌맡덜롭땅렀삶싱짓핀쇼촉곧팀헨랐팅넓흡찍딸톤털픈읍빨굿깝혔잇융밋둔떻"
    "쌍뭔멘뇌룬헝쓴숨힌콩엽쁘컬텐홀탐돼몬잃잉듬빙빼쾌젊헬넣됨옮닥젠꽃뻔붕읽맺훨잊튼끄"
    "씩딱쿄죠맛곱옹썼흘쓸값꿈짧뜨팬셀둥녹쇠쇄륭뮤뢰벗킹껴숭봄겸납훌꼬셔밤꺼닝궤겪낭겁"
    "컵멀듣첨앤섯렉끔튀멜즌벡앨룹탑럭컨냉랄펜젤뀌튜낳짝얀닉펼랫돋닐굳첩큐롤묵뉘윌찌깔"
    "웹낼컷펑밑셈셨힐앗꼽쥐룩뒷롱쩌맘끊눅핑엉랙싫놈톰혐똑뿌춤줘켓켈쯤밍섰꽤묻폼꿀떡잎"
)
# The 1000 most frequent hanzi (Chinese reviews, MSRA news, People's Daily: 92% of them).
_ZH_COMMON = frozenset(
    "的不一了是有在国好人很大这我个中和到上还就来为以会也发要年用时多没家买出都地下说"
    "小对行作后本能次可们经生东天子机过业果点日实错服得看他工间新比方开电成自学现全部"
    "面理京进务市动前价分么民于高度心感品而主同合差长里重快店道产太给去月意之者但力外"
    "公问政房水关量着体常书员样定展质第两法事加建最货当手美真物西起其然等与场平酒觉所"
    "总文内想特如非设种入题化正区明从些头装送收系评只济那报制性三华位提社已无较别通住"
    "话格应信十元利将再活因知表相情保使便今强队流几各记又北代色打结持二金安客门老直统"
    "万满吃科完资世此更名才解单什改期你目并程商接海基包口回做望喜教企少己欢购干议及党"
    "把放值由论任件向农近车台界委联立超决导费交让南先且术原受领气技级管洗计组观军难该"
    "际认被支清司选调身路苹速共达式算处风效图挺反办求网音星取像推早味女五条增山标施每"
    "义斯省运视亚战数适示据治精热广失院局带张见牛拉深声四整步穿友府片育屏赛态候团村光"
    "变指确显吧至思形研她般克它晚集优爱卡象环举刚款影餐革续周马儿钱边城功裤规职传置首"
    "专节配线号球江走项递怎准容境连历存需尔根极啊蒙造识换花志舒营足读众游转参希越投创"
    "百香神查始史布空究或型料字易严幕率何器退半必消待版证告够族鲜协假许拿巴充孩德户争"
    "划坏修纪牌备远护乐具供响板致试群李势助写况县积织素林贵段套离照习王讲乡哈白约双楼"
    "键找士困央港虽坚卖融命火兴宜按考往类益居低验切州仅列馆责青构盘息谈引宝朋复景富校"
    "维采预听印英跟午权米罗却宣洲谢亲红油降衣卫断慢继副甜则死艺防层呢未圾银注垃赞语皮"
    "师席春源剧帮黑请负欧亮模言批策亿订惠访落烂河千八医细画排站武久短厂除破简故掉票阿"
    "随获龙尼即演普售稳眼范份核案良紧玩养另石班脑贫温云九终钟股搞初健围宾雨吗绝须销岗"
    "尽律古轻闻床讯旅升哥伊检病旧均择念免突依介善码称财飞六阳岁硬培夫厅箱拍食险苦留摄"
    "镇陈瓶届毛底承警临余减贸缺荐愿竟呵令促丰黄官土男池块彩占绍软独灾戏福饭诉藏限沙兰"
    "曾努俄脆妈担菜航荣铁害略扬献域赠顺靠净园劳微止础属奖波补顿训乎左胜携泽危顾刘监既"
    "烈散奇派康述竞七察执颜状室堂笔礼损贝仍冷邓附控迎似您奶刻伤停密棒抓喝汇酸苏否右斗"
    "叫街击倒童挥座湖索税冲章汉遇夜田测互压母庆谁措扩角怀静贴尚偏毒庭哪纳阶宁材讨盟例"
    "药树著救针录额付哦输激吸币歌纸编疑尤典翻威漂韩败昨驱震灵练巨兵宽频括雪厚草坑烦隔"
    "麻啦松敢播血某招畅笑秀毕签启载判伟赖追急博灯盖永爽骗甚拥符遍祖赶脱呼映杂奥智劲冰"
)
# Traditional forms of common characters (Big5 text decoded as Big5 shows these).
_ZH_TRADITIONAL = frozenset(
    "這個們來說時為會國對過還與後從實點現發動學經開關問題當見長門東車書電話語讀寫買賣"
    "聽覺錢業樣麼體區號應總辦裡機員頭進產變將類氣設計無認級質種議給讓幾樂歡歲幫愛華灣"
    "傳統務處領導報紙難價費選擇識請謝錯誤節義師術標準際結構係條參權歷營運轉換該嗎視網"
    "絡頁圖韓馬魚鳥龍風飛雲廣場醫銀飯館飲顏響聲熱線環護維衛態戰鬥雙邊覽臺陽間聞親屬禮"
    "樹隊鄉復廠達臉雜裝戲劇組織願驗興軍歸單"
)

# Japanese: every full-width kana, its punctuation, and about 480 of the most frequent kanji of
# newspaper text (kana alone make a third or more of Japanese prose).
_JA_COMMON = frozenset(
    "".join(chr(c) for c in range(0x3041, 0x3097))
    + "".join(chr(c) for c in range(0x30A1, 0x30FB))
    + "ー。、「」『』・！？（）"
    + "日一国会人年大十二本中長出三同時政事自行社見月分議後前民生連五発間対上部東者党地合市"
    "業内相方四定今回新場金員九入選立開手米力学問高代明実円関決子動京全目表戦経通外最言氏"
    "現理調体化田当八六約主題下首意法不来作性的要用制治度務強気小七成期公持野協取都和統以"
    "機平総加山思家話世受区領多県続進正安設保改数記院女初北午指権心界支第産結百派点教報済"
    "書府活原先共得解名交資予川向際査勝面委告軍文反元重近千考判認画海参売利組知案道信策集"
    "在件団別物側任引使求所次水半品昨論計死官増係感特情投示変打男基私各始島直両朝革価式確"
    "村提運終挙果西勢減台広容必応演電歳住争談能無再位置企真流格有疑口過局少放税検藤町常校"
    "料沢裁状工建語球営空職証土与急止送援供可役構木割聞身費付施切由説転食比難防補車優夫研"
    "収断井何南石足違消境神番規術護展態導鮮備宅害配副算視条幹独警宮究育席輸訪楽起万着乗店"
    "述残想線率病農州武声質念待試族象銀域助労例衛然早張映限親額監環験追審商葉義伝働形景落"
    "欧担好退準賞訴辺造英被株頭技低毎医復仕去姿味負閣渡失移差衆個門写評課末守若脳極種美岡"
    "影命含福蔵量望松非撃佐核観察整段横融型白深字答夜製票況音申様財港識注呼渉達良響阪帰針"
    "専推私語読書聞話食飲買休映画駅車道店今何誰"
)
_ZH_PUNCTUATION = frozenset("，。、！？：；“”‘’（）《》…—～")
_KO_JAMO = frozenset("ㅋㅎㄷㅠㅜㅡㅇㄱㄴㅉㅈㅅㅂ")  # the jamo of informal writing: ㅋㅋ ㅠㅠ ㄷㄷ

_BOMS: list[tuple[bytes, str, str]] = [  # longest first: the UTF-32 LE BOM starts like UTF-16 LE
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
]


@dataclass(frozen=True)
class EncodingGuess:
    """What :func:`detect_encoding` decided, and why.

    ``encoding`` is the Python codec to open the file with; ``label`` is for display;
    ``bom`` tells whether the data starts with a byte order mark (readers strip it).
    """

    encoding: str
    label: str
    confidence: float
    bom: bool
    reason: str


def encoding_label(codec: str) -> str:
    """The display label of a codec name (``"cp949"`` -> ``"CP949 / EUC-KR (Korean)"``)."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    aliases = {"utf-8-sig": "utf-8-sig", "iso8859-1": "latin-1", "euc_jp": "euc-jp"}
    name = aliases.get(name, name).replace("_", "-")
    return _LABELS.get(name, _LABELS.get(codec, codec.upper()))


def open_binary(path: str | Path) -> BinaryIO:
    """Open a file for reading bytes; ``.gz``/``.bz2``/``.xz`` files are decompressed."""
    path = Path(path)
    opener = COMPRESSED_SUFFIXES.get(path.suffix.lower())
    if opener is None:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    return opener(path, "rb")


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"  # syllables, jamo (ㅋㅋ)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"  # full-width hiragana and katakana (not half-width)


def _is_japanese(ch: str) -> bool:
    return _is_kana(ch) or _is_han(ch)


# Legacy codecs tried when the data is not UTF-8: (codec, common characters, script test, what).
_CANDIDATES: list[tuple[str, frozenset[str], Callable[[str], bool], str]] = [
    ("cp949", _KO_COMMON | _KO_JAMO, _is_hangul, "common Hangul syllables"),
    ("gb18030", _ZH_COMMON | _ZH_TRADITIONAL | _ZH_PUNCTUATION, _is_han, "common hanzi"),
    ("big5", _ZH_COMMON | _ZH_TRADITIONAL | _ZH_PUNCTUATION, _is_han, "common hanzi"),
    ("cp932", _JA_COMMON, _is_japanese, "kana and common kanji"),
    ("euc-jp", _JA_COMMON, _is_japanese, "kana and common kanji"),
]
_JAPANESE = ("cp932", "euc-jp")
_MIN_KANA = 0.15  # Japanese prose is a third or more kana; Chinese and Korean read as it, ~none


def _decode(data: bytes, codec: str, final: bool) -> str:
    """Decode with replacement; an incomplete character at the end is not an error."""
    return codecs.getincrementaldecoder(codec)("replace").decode(data, final=final)


def _score(
    text: str, common: frozenset[str], script: Callable[[str], bool]
) -> tuple[float, float, int]:
    """How natural ``text`` looks: (score, share of chars in the script, decode errors).

    The score weighs common characters and the script share, minus decode errors.
    """
    chars = [ch for ch in text if not ch.isascii() and not ch.isspace()]
    if not chars:
        return 0.0, 0.0, 0
    hits = sum(ch in common for ch in chars)
    in_script = sum(script(ch) for ch in chars)
    errors = sum(ch == "\ufffd" for ch in chars)
    score = (0.75 * hits + 0.25 * in_script - 3.0 * errors) / len(chars)
    return score, in_script / len(chars), errors


def _kana_share(text: str) -> float:
    chars = [ch for ch in text if not ch.isascii() and not ch.isspace()]
    return sum(_is_kana(ch) for ch in chars) / len(chars) if chars else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL bytes sit on one side of the code units."""
    sample = data[: 1 << 16]
    half = len(sample) // 2
    if half < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII in UTF-16 LE is "a\0"; a few other characters (가 = U+AC00) also have a NUL byte.
    if odd >= 0.05 * half and even <= 0.5 * odd:
        codec = "utf-16-le"
    elif even >= 0.05 * half and odd <= 0.5 * even:
        codec = "utf-16-be"
    else:
        return None
    text = _decode(sample[: 2 * half], codec, final=False)
    good = sum(ch.isprintable() or ch.isspace() for ch in text if ch != "\ufffd")
    return codec if good >= 0.95 * len(text) else None


def detect_encoding_bytes(data: bytes, *, final: bool = False) -> EncodingGuess:
    """Guess the encoding of ``data``, the start of a text file.

    BOMs win; then UTF-16 by its NUL pattern; then strict UTF-8; then CP949, GB18030 and Big5
    are scored by how many decoded characters are common Hangul syllables / hanzi; then
    charset-normalizer. A multibyte character cut at the end of ``data`` is not counted as an
    error unless ``final`` says that ``data`` is the whole file.

    >>> detect_encoding_bytes("대한민국은 민주공화국이다.".encode("cp949")).encoding
    'cp949'
    >>> detect_encoding_bytes("中华人民共和国成立了。".encode("gb18030")).encoding
    'gb18030'
    """
    if not data:
        return EncodingGuess("utf-8", "UTF-8", 0.0, False, "empty: UTF-8 assumed")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            label = f"{label} (with BOM)"
            return EncodingGuess(codec, label, 1.0, True, "byte order mark (BOM)")
    codec16 = _utf16_without_bom(data)
    if codec16:
        reason = "NUL bytes in every other position (UTF-16 without BOM)"
        return EncodingGuess(codec16, _LABELS[codec16], 0.9, False, reason)
    try:
        text = codecs.getincrementaldecoder("utf-8")("strict").decode(data, final=final)
    except UnicodeDecodeError:
        pass
    else:
        if text.isascii():
            reason = "only ASCII characters in the sample (read as UTF-8)"
            return EncodingGuess("utf-8", "UTF-8", 0.8, False, reason)
        return EncodingGuess("utf-8", "UTF-8", 0.99, False, "decodes as UTF-8")
    return _detect_legacy(data, final)


def _detect_legacy(data: bytes, final: bool) -> EncodingGuess:
    """Score the CJK legacy codecs; then "mostly UTF-8"; then charset-normalizer."""
    scored = []
    for rank, (codec, common, script, what) in enumerate(_CANDIDATES):
        text = _decode(data, codec, final)
        if codec in _JAPANESE and _kana_share(text) < _MIN_KANA:
            continue  # no kana: not Japanese, whatever its kanji score
        score, share, errors = _score(text, common, script)
        scored.append((score, -rank, codec, what, share, errors))
    scored.sort(reverse=True)
    best, _, codec, what, share, errors = scored[0]
    second = scored[1][0]
    if best >= 0.3:
        confidence = round(min(0.95, 0.5 + (best - max(second, 0.0)) / 2), 2)
        reason = f"{best:.0%} score for {what} when read as {_LABELS[codec]}"
        return EncodingGuess(codec, _LABELS[codec], confidence, False, reason)
    if errors == 0 and share >= 0.5:
        reason = f"{share:.0%} of characters in the expected script when read as {_LABELS[codec]}"
        return EncodingGuess(codec, _LABELS[codec], 0.4, False, reason)
    latin = _decode(data, "cp1252", final)
    letters = [ch for ch in latin if not ch.isascii()]
    if letters and sum("\u00c0" <= ch <= "\u00ff" for ch in letters) >= 0.8 * len(letters):
        reason = "accented Latin letters (é, ü, ñ ...) when read as Windows-1252"
        return EncodingGuess("cp1252", _LABELS["cp1252"], 0.5, False, reason)
    utf8 = _decode(data, "utf-8", final)
    bad = utf8.count("\ufffd")
    if sum(not ch.isascii() for ch in utf8) - bad >= 20 * bad:
        reason = f"mostly UTF-8, but {bad} invalid byte sequence(s)"
        return EncodingGuess("utf-8", "UTF-8", 0.5, False, reason)
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    name = match.encoding if match is not None else ""
    if encoding_label(name) in _LABELS.values() and not name.startswith("utf_"):  # UTF: see above
        codec = codecs.lookup(name).name
        reason = "charset-normalizer's best guess"
        return EncodingGuess(codec, encoding_label(codec), 0.3, False, reason)
    if best > 0:
        reason = f"weak guess: {best:.0%} score for {what} when read as {_LABELS[codec]}"
        return EncodingGuess(codec, _LABELS[codec], 0.2, False, reason)
    reason = "no encoding fits well; Windows-1252 reads any bytes"
    return EncodingGuess("cp1252", _LABELS["cp1252"], 0.1, False, reason)


def detect_encoding(path: str | Path, sample_size: int = 1 << 20) -> EncodingGuess:
    """Guess the encoding of a file from its first ``sample_size`` (decompressed) bytes.

    Raises ``OSError`` (or ``EOFError`` / ``lzma.LZMAError`` for damaged compressed files).

    >>> detect_encoding("reviews.txt")  # doctest: +SKIP
    EncodingGuess(encoding='cp949', label='CP949 / EUC-KR (Korean)', ...)
    """
    with open_binary(path) as f:
        data = f.read(sample_size)
    return detect_encoding_bytes(data, final=len(data) < sample_size)


# File signatures of things that are not text: (magic bytes, offset, what it is, what to do).
_CONVERT = "save or export the text as a .txt file"
_SIGNATURES: list[tuple[bytes, int, str, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", ""),
    (b"\xff\xd8\xff", 0, "a JPEG image", ""),
    (b"GIF87a", 0, "a GIF image", ""),
    (b"GIF89a", 0, "a GIF image", ""),
    (b"II*\x00", 0, "a TIFF image", ""),
    (b"MM\x00*", 0, "a TIFF image", ""),
    (b"WEBP", 8, "a WebP image", ""),
    (b"%PDF-", 0, "a PDF document", _CONVERT),
    (b"PK\x03\x04", 0, "a ZIP archive (or .docx/.xlsx/.epub)", f"unpack it, or {_CONVERT}"),
    (b"PK\x05\x06", 0, "an empty ZIP archive", ""),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document (.doc/.xls)", _CONVERT),
    (b"\x7fELF", 0, "an executable program (ELF)", ""),
    (b"\xcf\xfa\xed\xfe", 0, "an executable program (Mach-O)", ""),
    (b"\xca\xfe\xba\xbe", 0, "an executable program or Java class", ""),
    (b"\x00asm", 0, "a WebAssembly module", ""),
    (b"SQLite format 3\x00", 0, "an SQLite database", ""),
    (b"\x1f\x8b", 0, "gzip-compressed data", "rename it to end in .gz: it is then read unpacked"),
    (b"\xfd7zXZ\x00", 0, "xz-compressed data", "rename it to end in .xz: it is then read unpacked"),
    (b"BZh", 0, "bzip2-compressed data", "rename it to end in .bz2: it is then read unpacked"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive", "unpack it"),
    (b"Rar!\x1a\x07", 0, "a RAR archive", "unpack it"),
    (b"\x28\xb5\x2f\xfd", 0, "zstd-compressed data", "unpack it (zstd -d)"),
    (b"ustar", 257, "a tar archive", "unpack it"),
    (b"ID3", 0, "an MP3 audio file", ""),
    (b"OggS", 0, "an Ogg audio/video file", ""),
    (b"ftyp", 4, "an MP4/MOV video or audio file", ""),
]
NUL_WINDOW = 8000  # like git: a NUL byte among the first 8000 bytes means binary data


def not_text_reason(data: bytes, codec: str | None = None) -> tuple[str, str] | None:
    """(what the data is, what to do) when the start of a file shows it is not text, else None.

    Known signatures (images, archives, executables, documents) are named; otherwise a NUL
    byte among the first 8000 bytes means binary data, unless the text is UTF-16/32 (``codec``).

    >>> not_text_reason(b"\\x89PNG\\r\\n\\x1a\\n...")[0]
    'a PNG image'
    >>> not_text_reason("대한민국".encode()) is None
    True
    """
    for magic, offset, what, hint in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if magic == b"BZh" and data[4:10] != b"1AY&SY":
                continue  # a text that happens to start with "BZh"
            return what, hint
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "a Windows program (.exe/.dll)", ""
    wide = codec is not None and codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))
    nul = data.find(b"\x00", 0, NUL_WINDOW)
    if nul >= 0 and not wide:
        return f"binary data (a NUL byte at byte offset {nul})", ""
    return None
