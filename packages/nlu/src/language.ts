/**
 * Language of a message: id, en, jv, su, ms or und. A small marker-word vote on the raw words,
 * because NLP.js's guesser cannot tell Malay from Indonesian and has no Javanese or Sundanese.
 * Words shared by several languages count for none; ties go to Indonesian, the product's default.
 */
import { tokenizeRaw } from "./normalize.js";
import type { Language } from "./types.js";

const MARKERS: Record<Exclude<Language, "und">, string> = {
  id: "saya sy aku aq gue gw gua kamu tidak tdk gak ga gk nggak enggak ngga sudah udah udh blm belum sedang lagi lg yang yg dengan dgn sama sm karena krn tapi tp untuk utk bisa bgt banget mau pengen ingin dipukul majikan gaji paspor tolong kenapa bagaimana gimana gmn dimana kapan apa ada tahu tau juga aja saja kalau kalo dari dr ke di ini itu sekarang skrg kemarin kmrn dan tolonglah terima kasih makasih belom pulang kerja rumah uang minta jangan jgn harus boleh dia orang sakit dong deh sih nih kok kak mbak bu ya",
  en: "i me my the is are am was were you your he she they it this that what how where when who please help want need not no don't can't cannot can will would have has had been do does did and or but because of to for from with at on in my employer hit hits hitting salary passport home money call someone talk person thanks thank hello hi bye day off work hours sleep food doctor sick go back scared locked kill die myself want job agency agent since",
  jv: "aku ora ra opo piye wis wes durung arep pengin pengen karo nang neng ning iki kuwi iku kowe sampeyan njenengan kulo kula mboten nggih sampun dereng sing ono ana mulih metu omah duwit duwe turu mangan loro lara wedi tulung tulungi matur nuwun suwun sugeng enjing dalu ngerti gelem kudu kabeh banget tenan saiki mengko wingi bengi iso isa gawe juragan majikanku dipateni digebuki mlayu ndelik dijupuk dicekel sasi dino rong telung jeding bojone kerep nyekel lan seko soko kok ae wae entek apusi diapusi dioper liyane nyuwun nggoleki nggowo kesel urip disik yo tak weteng awakku sirahku mumet meteng preine kerjo bayarane pinten endi alamate nang arep didol dijiwit kemplang dikemplang ditabok diseneni dipisuhi ngenyek diarani goblok dudu ngobrol ngomong karepe",
  su: "abdi teu henteu naon kumaha sabaraha hoyong keur nuju tos parantos acan ku ka ti jeung sareng nu ieu eta anjeun kuring pisan deui wae oge mah teh atuh tulungan dunungan digebugan ditajong ditampiling dicarekan diambek sieun maot paeh gering nyeri hulu beuteung imah bumi mulang uih lembur artos gajih damel padamelan dugi subuh tengah dikenging kaluar dicandak tuang kulem sare hatur nuhun wilujeng punten sampurasun nyarios jalmi kulawarga carana aya teras seueur loba kakandungan reuneuh",
  ms: "saya tak tidak nak mahu dah sudah sebab kena kat dengan pasport polis doktor hospital klinik duit wang hantar bilik jiran herdik teruk larat rehat cuti ejen pejabat kedutaan nombor telefon beritahu macam bila boleh je lelaki budak kawan imigresen tukar hendak kerana takde tiada semalam sangat bagi balik jumpa sikit lah betul pun oleh majikan gaji ringgit sahaja awak",
};

const SETS = Object.fromEntries(
  Object.entries(MARKERS).map(([lang, words]) => [lang, new Set(words.split(/\s+/))]),
) as Record<Exclude<Language, "und">, Set<string>>;

/** Words that decide a language on their own (not shared with the others). */
const STRONG: Record<Exclude<Language, "und">, Set<string>> = {
  id: new Set("gak nggak enggak ngga udah udh belom gimana gmn dong deh sih nih kok banget bgt pengen aja kalo tdk sy gue gw".split(" ")),
  en: new Set("the my is are am you please help want need employer salary hello thanks thank myself don't can't i'm".split(" ")),
  jv: new Set("ora opo piye durung arep karo nang neng iki kuwi kowe mboten nggih sampun dereng sing mulih metu omah duwit turu mangan wedi tulung tulungi nuwun suwun sugeng ngerti gelem saiki mengko wingi bengi juragan dipateni digebuki mlayu ndelik dijupuk dicekel sasi jeding bojone kerep nyekel seko soko wae entek diapusi liyane nggoleki nggowo kesel urip disik weteng mumet meteng kerjo bayarane pinten endi alamate didol diseneni dipisuhi diarani dudu ngomong".split(" ")),
  su: new Set("abdi teu henteu naon kumaha sabaraha hoyong keur nuju parantos acan jeung ieu anjeun kuring pisan deui oge atuh tulungan dunungan digebugan ditajong ditampiling dicarekan sieun maot gering hulu beuteung imah mulang uih artos gajih damel padamelan dugi dikenging kaluar dicandak kulem hatur nuhun wilujeng punten sampurasun nyarios jalmi kulawarga carana teras seueur kakandungan reuneuh".split(" ")),
  ms: new Set("tak nak mahu kena kat pasport polis doktor hantar bilik jiran herdik teruk larat rehat ejen pejabat kedutaan nombor telefon beritahu macam takde tiada imigresen tukar kerana sahaja awak sikit".split(" ")),
};

const LANGS = ["id", "jv", "su", "ms", "en"] as const;

/** Guess the language of a raw message. */
export function detectLanguage(text: string): Language {
  const words = tokenizeRaw(text).map((w) => w.replace(/(.)\1{2,}/g, "$1"));
  const letters = words.filter((w) => /[a-z]/.test(w));
  if (letters.length === 0) return "und";
  if (letters.length === 1 && (letters[0]!.length <= 1 || letters[0] === "ping")) return "und";
  const score: Record<string, number> = { id: 0, jv: 0, su: 0, ms: 0, en: 0 };
  for (const w of letters) {
    const hits = LANGS.filter((l) => SETS[l].has(w));
    for (const l of LANGS) {
      if (STRONG[l].has(w)) score[l]! += 2;
      else if (hits.includes(l)) score[l]! += 1 / hits.length;
    }
  }
  let best: Language = "id";
  let bestScore = 0;
  for (const l of LANGS) {
    if (score[l]! > bestScore + 1e-9) {
      best = l;
      bestScore = score[l]!;
    }
  }
  if (bestScore === 0) {
    // Nothing known: an English-looking sentence is English, anything else is left undetermined
    // when it is a single short token, and Indonesian otherwise.
    if (letters.length === 1 && letters[0]!.length <= 3) return "und";
    return "id";
  }
  return best;
}
