import type { Turn } from '../pipeline/intent.js';
import { asksSomething, consistsOf, FILLER, phraseList, withoutPhrases } from '../language/phrases.js';
import { clausesOf } from '../language/clauses.js';
import { foldDiacritics } from '../language/fold.js';
import type { Scope } from './schema.js';
import type { NormalizedText } from '../language/normalizer.js';
import type { Conversation } from '../pipeline/conversation.js';
import { type KinPlace, relativeIn, speaksOfSelf } from './kin-places.js';

// "mình ở …", "sống tại …", "quê …", "là người …", "bên …", "chuyển về …", "dọn lên …", "một xã thuộc …"; "tôi là ngư
// dân ven biển Đồ Sơn, Hải Phòng": who the person is, then where; "mình là cán bộ văn hóa xã biên giới Cao Bằng": a
// commune, district or ward of the place.
const WHERE_WORDS = new Set(['o', 'song', 'que', 'nha', 'tai', 'nguoi', 'ben', 'chuyen', 'don', 'la', 'thuoc', 'xa', 'huyen', 'phuong']);
// Who lives there: "mình ở …", "nhà em ở …", "bố mẹ em ở quê …"; "mục tiêu bao phủ ở Hải Phòng" only asks about it.
// Not "con" (child): without diacritics it is the "còn" of "còn ở Cao Bằng?".
const PERSON_WORDS = new Set(['toi', 'minh', 'em', 'anh', 'chi', 'chau', 'bac', 'nha', 'que', 'me', 'bo', 'ong', 'ba', 'dinh', 'tao']);
// "chuyển từ … lên/về/đến …": from the first place named to the second.
const MOVED_FROM_TO = /\b(?:chuyen|don) (?:\p{L}+ )?tu\b.*\b(?:len|ve|den|vao|ra|xuong|sang)\b/u;
// "em muốn hỏi về …": the person asks about the place, and says nothing of living there.
const ABOUT_PLACE = /\b(?:hoi|biet|thong tin) ve$/;
// "…, tôi muốn hỏi về tỉnh ấy": a request about the place just told, which asks nothing yet.
const ASKS_OF_IT = /\b(?:muon|can) (?:hoi|biet|tim hieu)(?: (?:them|ve|thong tin|cua))* (?:(?:tinh|thanh pho|tp|noi|cho|que|vung|dia phuong|ben) )?(?:ay|do|nay|day|kia)$/;
// A greeting may come first: "xin chào, tôi là người Lai Châu".
// "giờ nhà mình ở …", "hiện tại em sống ở …": when, too. "em muốn hỏi về …": the place asked about. "à nhầm, mình ở
// …": a correction of the place said before.
const livesIn = phraseList([
  'ở', 'sống ở', 'quê', 'nhà', 'tỉnh', 'thành phố', 'đang sống tại', 'người', 'dân', 'tại', 'chào', 'xin chào', 'giờ', 'bây giờ', 'hiện tại',
  'hiện nay', 'chuyển về', 'chuyển vào', 'chuyển ra', 'chuyển lên', 'chuyển xuống', 'chuyển sang', 'chuyển đến', 'dọn về', 'dọn lên',
  'dọn đến', 'hỏi về', 'biết về', 'thông tin về', 'nhầm', 'sai rồi',
  // "t công tác ở Cao Bằng", "mình đang làm việc tại Hải Phòng": where the person works, which is where they are.
  'công tác', 'làm việc', 'đi làm', 'làm', 'sinh sống', 'đang', 'mới về', 'vừa về', 'mới lên', 'mới xuống', 'mới ra',
]);
// "mình ở Cát Hải, Hải Phòng", "em làm y sĩ ở 1 xã vùng cao Cao Bằng", "nuôi ngao ở vùng bãi ven biển Tiên Lãng, HP":
// a district, a commune or a stretch of coast the content does not know may stand between "ở" and the place, and
// what the person does between them and "ở".
const WHERE_BEFORE_PLACE = 7;
const PERSON_BEFORE_WHERE = 4;
// Said after a place: "Cao Bằng nhé", "Hải Phòng ạ", "Lai Châu đây", "ở Hải Phòng ấy".
const PLACE_PARTICLES = new Set(['nhe', 'nha', 'a', 'ah', 'ad', 'admin', 'oi', 'day', 'ne', 'ay', 'do']);
// "Xin chào, tôi …": the person within the first words.
const PERSON_OPENS = 4;
// Working for a body or in an office: "là cán bộ …", "công tác tại …".
const WORKS_AT = /\b(?:can bo|cong tac|lam viec|cong chuc|vien chuc)\b/;

export interface StatedLocality {
  id: Scope;
  /** The message says nothing else ("mình ở lai châu ạ"). */
  only: boolean;
  /** It asks something ("tôi ở Hải Phòng, hộ cận nghèo có được hỗ trợ không?", "ở Hải Phòng thì thế nào?"). */
  asks: boolean;
  /** It names the person who lives there ("nhà mình ở Lai Châu"), not only the place ("ở Lai Châu ấy"). */
  person: boolean;
  /** Of several places told, the home town's and the relatives' ("quê Cao Bằng, làm ở Hải Phòng, bố mẹ vợ ở Lai Châu"). */
  kin?: KinPlace[];
}

const stated = new WeakMap<Turn, StatedLocality | null>();

/** Where the message says the person lives, if it does: "tôi ở …", "nhà em ở Tiên Lãng, Hải Phòng", "quê …". */
export function statedLocality(turn: Turn): StatedLocality | undefined {
  let found = stated.get(turn);
  if (found === undefined) stated.set(turn, (found = find(turn) ?? null));
  return found ?? undefined;
}

function find(turn: Turn): StatedLocality | undefined {
  const split = turn.knowledge.index.splitLocalities(turn.text);
  // "em ở Mường Tè": a district names its province.
  const localities = [...new Set([...split.localities, ...split.places])];
  const rest = split.bare;
  // "tôi mới chuyển từ Hà Nội lên Cao Bằng sống": where the person moved to.
  const moved = localities.length === 2 && MOVED_FROM_TO.test(turn.text.folded.join(' '));
  // "mình quê Lai Châu nhưng đang đi làm ở Cao Bằng", "mình ở Hà Nội, bố mẹ ở Lai Châu": where the person is now.
  // "bố mẹ mình ở Nghệ An, mình ở Hải Phòng", "bố t ở Cao Bằng. t ở TP HCM": a province without a plan told too.
  const told = !moved && (localities.length >= 2 || (localities.length === 1 && turn.knowledge.otherProvince(turn.text))) ? placesTold(turn) : undefined;
  const now = told?.now;
  const id = now ?? (moved ? localities[1] : localities[0]);
  if (id === undefined || (told && !now)) return undefined;
  const found = saidOf(turn, id, rest);
  if (!found) return undefined;
  if (told) return told.kin.length > 0 ? { ...found, kin: told.kin } : found;
  // "vợ tôi quê ở Cao Bằng": one place, a relative's. It is still the place the person asks about, as it always was, and
  // is kept as the relative's too.
  const who = HOME_OR_KIN.test(turn.text.folded.join(' ')) ? relativeIn(turn.text.folded) : '';
  if (who === '' || speaksOfSelf(who, turn.text.folded)) return found;
  // "ông bà nội t ở cao bằng": nothing but whose place it is.
  const only = found.only || consistsOf(withoutParticlesAfter(withoutPhrases(rest, [who.split(' ')])), livesIn(turn.knowledge.normalize), FILLER);
  return { ...found, only, person: false, kin: [{ who, scope: id }] };
}

/** How the message speaks of the place: as where the person is, or not; `rest` is the message without its places. */
function saidOf(turn: Turn, id: Scope, rest: NormalizedText): StatedLocality | undefined {
  // "ở Hải Phòng thì thế nào?" after an answer asks; "mình ở Hải Phòng" does not.
  // "Cao Bằng nhé", "mình ở Lai Châu ạ": the place, and nothing but words around it ("còn Hải Phòng" follows up).
  const only = rest.folded.every((w) => PLACE_PARTICLES.has(w)) || consistsOf(withoutParticlesAfter(rest), livesIn(turn.knowledge.normalize), FILLER);
  if (only) {
    const person = rest.folded.some((w) => PERSON_WORDS.has(w)) && !ABOUT_PLACE.test(rest.folded.join(' '));
    return { id, only: true, asks: asksSomething(rest), person };
  }
  // The words before the place: they are the same in the message and in what is left without the place.
  const words = turn.text.folded;
  let at = 0;
  while (at < rest.folded.length && rest.folded[at] === words[at]) at++;
  const asks = asksSomething(turn.text) && !ASKS_OF_IT.test(words.join(' '));
  // "mình là cán bộ đảng ủy ubnd tỉnh Lai Châu": someone telling where they work is there, however long the body's name.
  const worksThere = !asks && WORKS_AT.test(words.slice(0, at).join(' ')) && words.slice(0, PERSON_OPENS).some((w) => PERSON_WORDS.has(w));
  // The "ở" nearest the place: "hiện tại mình ở Lai Châu" has the "tại" of "hiện tại" before it.
  const where = words.slice(0, at).findLastIndex((w, i) => (worksThere || i >= at - WHERE_BEFORE_PLACE) && WHERE_WORDS.has(w));
  if (where < 0) {
    // "Hải Phòng ạ, nhà em ở ngoài đảo": the place first, then the person and where they are in it.
    const after = rest.folded.slice(at);
    const placeFirst = !asks && after.some((w, i) => PERSON_WORDS.has(w) && after.slice(i + 1, i + 3).some((x) => WHERE_WORDS.has(x)));
    return placeFirst ? { id, only: false, asks, person: true } : undefined;
  }
  // "Tôi công tác tại một trạm y tế xã ở tỉnh Lai Châu": a statement that opens with the person and asks nothing is
  // about where they are, however much stands between.
  const opensWithPerson = !asks && words.slice(0, PERSON_OPENS).some((w) => PERSON_WORDS.has(w));
  const saysWhere = opensWithPerson || words.slice(Math.max(0, where - PERSON_BEFORE_WHERE), where + 1).some((w) => PERSON_WORDS.has(w));
  return saysWhere ? { id, only: false, asks, person: true } : undefined;
}

// A clause about the person's home town ("… quê …") or relatives ("bố mẹ ở …"), not where the person is now.
// Not "vợ chồng em" (the couple the person is one of).
const HOME_OR_KIN =
  /^(?:(?:\p{L}+ ){0,3}que\b|(?!vo chong|chong vo)(?:bo|me|bo me|bme|ong|ba|ong ba|vo|chong|gia dinh|anh trai|chi gai|em trai|em gai|con|chu|cau|nha noi|nha ngoai)\b)/u;
// "quê Hải Phòng mà đang ở Cao Bằng": "mà" opens the other clause too; so does "còn" (typed plain, "con", which may be a
// child: it stays at the head of its clause).
const CLAUSE_BREAK = /[,;]|\.\s|\bnhung\b|\bma\b|(?<!^)(?=\bcon\b)/;
// "còn" as typed with its mark, which is never a child.
const WRITTEN_AS_WELL = /\bcòn\b/giu;
// "con ở Lai Châu", "con em học ở Hà Nội": typed plain, "còn" (and the person is there) or a child, not before a kind
// of child or another relative ("con gái", "còn bố mẹ"): a child when another clause says where the person is.
const CHILD_OR_STILL = /^con (?!(?:gai|trai|dau|re|bo|me|bme|vo|chong|ong|ba|chu|cau|nha noi|nha ngoai)\b)/;

// "em ở Thái Bình, sát vách Hải Phòng": a clause placing the person's home by a neighbouring province, not in it.
const BESIDE_PLACE = /^(?:sat vach|sat|gan|giap ranh|giap|canh|ke ben|ben canh|cach)\b/;

// "Gia đình tôi ở Hải Phòng, con gái tôi … ở Cao Bằng": the person's own household, beside a relative's.
const OWN_HOUSEHOLD = /^(?:gia dinh|nha) (?:toi|minh|em|t|tui)\b/;

/**
 * The places a message tells, clause by clause: where the person is now, the place of the only clause that is neither
 * a home town nor a relative's; else of the person's own household; else their own home town ("mình quê Cao Bằng, vợ
 * quê Hải Phòng"). The others, by whose they are.
 */
function placesTold(turn: Turn): PlacesTold {
  let found = toldPlaces.get(turn);
  if (!found) toldPlaces.set(turn, (found = readPlacesTold(turn)));
  return found;
}

interface PlacesTold {
  now?: Scope;
  elsewhere?: string;
  kin: KinPlace[];
  /** A clause names a province only as the one beside the person's. */
  besidePlace: boolean;
}

// Read once per message: where the person is and whose each place is are asked by the locality intent's match and
// reply, and by whichever intent remembers the place.
const toldPlaces = new WeakMap<Turn, PlacesTold>();

function readPlacesTold(turn: Turn): PlacesTold {
  // "còn" as typed with its mark is never a child.
  const clauses = foldDiacritics(turn.text.original.toLowerCase().replace(WRITTEN_AS_WELL, ','))
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
  const placed = clauses.map((clause) => {
    const said = turn.knowledge.normalize(clause);
    const { localities: named, text } = turn.knowledge.index.splitLocalities(said);
    const beside = BESIDE_PLACE.test(clause);
    const localities = beside ? [] : named;
    const other = localities.length === 0 ? turn.knowledge.otherProvince(said) : undefined;
    // "con da nang", "con" right before the province and nothing else: typed plain, "còn Đà Nẵng", no child's place.
    const followsUp = other !== undefined && other.rest.folded.length === 1 && other.rest.folded[0] === 'con';
    const who = followsUp ? '' : relativeIn(text.folded);
    // "chú là nông dân ở Lai Châu": the person, speaking of themselves as "chú".
    return { clause, places: localities, other: other?.name, who, self: who !== '' && speaksOfSelf(who, text.folded), beside };
  });
  const ownPlaces = (kept: typeof placed) => [...new Set(kept.flatMap((c) => c.places))];
  const childOrStill = placed.filter((c) => CHILD_OR_STILL.test(c.clause));
  const kinClauses = placed.filter((c) => HOME_OR_KIN.test(c.clause) && !childOrStill.includes(c) && !c.self);
  const ownClauses = placed.filter((c) => !kinClauses.includes(c) && !childOrStill.includes(c));
  const own = ownPlaces(ownClauses);
  const still = own.length === 0 ? ownPlaces(childOrStill) : [];
  const household = ownPlaces(placed.filter((c) => OWN_HOUSEHOLD.test(c.clause)));
  const homeTown = ownPlaces(kinClauses.filter((c) => c.who === ''));
  const now = [own, still, household, homeTown].find((places) => places.length > 0);
  const relatives = still.length > 0 ? kinClauses : [...kinClauses, ...childOrStill];
  const kin = relatives.flatMap(({ who, places, other }): KinPlace[] =>
    places.length === 1 ? [{ who, scope: places[0]! }] : other !== undefined ? [{ who, elsewhere: other }] : [],
  );
  // "t ở TP HCM": the person's own place, one the documents have no plan for.
  const elsewhere = now === undefined ? ownClauses.find((c) => c.other !== undefined)?.other : undefined;
  return { now: now?.length === 1 ? now[0] : undefined, elsewhere, kin, besidePlace: placed.some((c) => c.beside) };
}

/**
 * "cháu ở Nghệ An", "nhà mình ở Đà Nẵng nhé": a province the documents have no plan for, said as where the person
 * lives and nothing else ("còn Đà Nẵng thì sao" asks).
 */
export function statedOtherProvince(turn: Turn): string | undefined {
  const other = turn.knowledge.otherProvince(turn.text);
  if (!other || asksSomething(turn.text)) return undefined;
  const { rest } = other;
  const saysWhere = rest.folded.some((w) => PERSON_WORDS.has(w));
  return saysWhere && consistsOf(withoutParticlesAfter(rest), livesIn(turn.knowledge.normalize), FILLER) ? other.name : undefined;
}

function withoutParticlesAfter(text: NormalizedText): NormalizedText {
  let end = text.folded.length;
  while (end > 1 && PLACE_PARTICLES.has(text.folded[end - 1]!)) end--;
  return { original: text.original, accented: text.accented.slice(0, end), folded: text.folded.slice(0, end) };
}

/**
 * The conversation fields that remember where the message says the person lives, if it does: a place the documents
 * cover, or one they have no plan for ("mình ở Cần Thơ. …"), which is then no longer the other.
 */
export function livingPlace(turn: Turn): Pick<Conversation, 'locality' | 'kinPlaces' | 'elsewhere' | 'localitySetAt'> | undefined {
  const stated = statedLocality(turn);
  const at = turn.now.getTime();
  if (stated) return { locality: stated.id, kinPlaces: stated.kin, elsewhere: undefined, localitySetAt: at };
  const told = toldBesideOwn(turn);
  const elsewhere = told?.elsewhere ?? livesElsewhere(turn);
  if (elsewhere) return { locality: undefined, kinPlaces: told?.kin, elsewhere, localitySetAt: at };
  // "bố t ở Cao Bằng, mẹ t ở Hải Phòng": relatives' places only, beside wherever the person said they live.
  return told ? { kinPlaces: told.kin, localitySetAt: at } : undefined;
}

/**
 * Relatives' places told with no place of the person's the documents cover: two or more ("bố t ở Cao Bằng, mẹ t ở Hải
 * Phòng", "nhà ngoại ở Hải Phòng, nhà nội ở Lai Châu"), one in a province without a plan ("chị gái mình ở Sài Gòn"),
 * or beside the person's own province without a plan ("bố t ở Cao Bằng. t ở TP HCM", `elsewhere`).
 */
export function toldBesideOwn(turn: Turn): { kin: KinPlace[]; elsewhere?: string } | undefined {
  if (statedLocality(turn)) return undefined;
  const { localities } = turn.knowledge.index.splitLocalities(turn.text);
  const told = new Set(localities).size >= 2 || turn.knowledge.otherProvince(turn.text) ? placesTold(turn) : undefined;
  if (!told || told.now) return undefined;
  // "mẹ t ở Thanh Hóa": one relative, in a province without a plan (one in a province the documents cover is the place
  // the conversation is about, and the relative's too: `find`).
  const oneElsewhere = told.kin.length === 1 && told.kin[0]!.who !== '' && told.kin[0]!.elsewhere !== undefined;
  const ownElsewhere = told.elsewhere !== undefined && (told.kin.length > 0 || told.besidePlace);
  return told.kin.length >= 2 || ownElsewhere || oneElsewhere ? { kin: told.kin, elsewhere: told.elsewhere } : undefined;
}

/** "mình ở Cần Thơ. chiều cao trẻ em …": a province without a plan, told in a clause of its own before a question. */
function livesElsewhere(turn: Turn): string | undefined {
  // Most messages name no such province: the clauses are read only when one does.
  if (!turn.knowledge.otherProvince(turn.text)) return undefined;
  const told = statedOtherProvince(turn);
  if (told) return told;
  const [first, ...rest] = clausesOf(turn.text.original);
  return first !== undefined && rest.length > 0 ? statedOtherProvince({ ...turn, text: turn.knowledge.normalize(first) }) : undefined;
}
