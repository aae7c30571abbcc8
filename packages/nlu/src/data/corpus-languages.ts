/**
 * Extra training lines in the languages the classifier still handles worse than Indonesian,
 * written for this project (not copied or paraphrased from any evaluation set): Javanese (ngoko
 * and krama, as typed by women from Central and East Java), Sundanese (West Java), Malay (as
 * written by workers in Malaysia and Brunei, with Malaysian shorthand) and English / broken
 * English. Every one of the 21 intents is covered in each language, with danger messages
 * (attacks now, hiding, having just fled, bare calls for help, direct and indirect self-harm, and
 * lines of other intents written in secret under threat or with harm happening now) and harmless
 * near-misses (past harm now safe, "tolong" in requests, mati/bunuh/takut in everyday senses,
 * films and jokes, thanks after being helped). Phone typing: abbreviations, typos, code-mixing
 * with Indonesian and with the destinations' words (majikan, bendara, dunungan, madam, sir,
 * ama/akong, baba/mama, kafil, agen, P3MI, PT, calo, sponsor, HKID, ARC, iqama, permit, i-Kad).
 * Several problems in one message are labelled by the priority of INTENTS (src/types.ts).
 * Runs of lines of one intent ("!" marks danger: corpus.ts).
 */
import { type CorpusItem, corpusItems, type LabelledRun } from "./corpus.js";

const RAW: LabelledRun[] = [
  // =====================================================================================
  // Javanese (ngoko and krama)
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "tulung mbak, bendaraku lagi ngamuk nggowo gunting, aku ndelik nang pawon",
    "aku digebuki bendaraku saiki, ora mandeg2, tulungen",
    "juragan lanang mau nyekek guluku, saiki dheweke nunggu nang ngarep lawang kamar",
    "kula dipun kunci wonten gudang, majikan ngancam badhe mejahi kula",
    "tlg aq wis minggat seko omahe madam, saiki nang pinggir dalan, ra ngerti dalan, batre hp kari sitik",
    "sir e mabuk nggedori lawang kamarku, jarene arep mateni aku bengi iki",
    "kula sakniki ndhelik wonten kamar mandi, bapak majikan mbeta lading",
    "aku diseret agen mlebu mobil, ra ngerti arep digowo nangdi, wedi bgt",
    "akong nguncal piring nang sirahku, getihe ora mandeg, dheweke isih muring2",
    "tulungi aku mbakkk cepet",
    "nyuwun tulung, wonten tiyang mlebet kamar kula wengi2, kula ajrih sanget",
    "aku lagi ngumpet nang kolong mejo, madam nggoleki aku karo nggowo sabuk",
    "SOS mbak, bojone madam ngamuk, aku dioyak2 nganggo pisau nganti njobo",
  ],
  // ---- self_harm
  [
    "self_harm",
    "aku wis ora kuat, pengin ngombe obat nyamuk wae ben rampung kabeh",
    "rasane pengin mlumpat seko balkon lantai 20 iki",
    "kula sampun mboten kiat gesang, nyuwun pangapunten dhateng simbok",
    "mau bengi aku ngiris tanganku dewe, saiki kepengin maneh",
    "urip nang kene koyo neroko, mending aku mati wae",
    "wis tak tulis layang kanggo anakku, sesuk aku wis ora ono",
    "aku mung dadi beban keluarga, luwih apik aku ilang seko donya",
    "pengin turu terus ora tangi maneh, kesel aku urip",
    // ---- physical_abuse
    "wingi wis nguntal pil sak genggem, saiki weteng lara, ora ono sing ngerti",
  ],
  [
    "physical_abuse",
    "madam seneng nyabet sikilku nganggo sapu yen aku telat masak",
    "bendaraku njiwit lenganku nganti biru2, meh saben dino",
    "mbak, wingi sore aku dijambak terus dijungkelke nang lantai",
    "kula asring dipun tabok kaliyan ibu majikan, pipi kula ngantos abuh",
    "biyen nang taiwan aku tau ditabok ama, saiki wis pindah majikan sing apik, iseh iso lapor ora?",
    "!aku ngetik iki pas madam adus, awakku isih lebam kabeh, jarene bengi iki arep dihajar maneh",
    "!ngetik ndelik2 nang wc, mau awan ditendang madam, nek ngerti aku nduwe hp aku mesti diantemi",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "anake majikan seneng ngintip aku adus, bolongan lawang tak tutupi kertas malah disuwek",
    "bapak majikan ngirimi aku foto saru bengi2 lewat wa",
    "kula dipun grepe kaliyan juragan jaler menawi ibu mboten wonten griya",
    "aku dipeksa turu karo sir, saiki telat mens, aku wedi meteng",
    "juragan lanang njaluk dipijeti tengah wengi, tangane ngrabai awakku",
    "!aku ngetik meneng2, saben bengi sir mlebu kamarku, bengi iki mesti teko maneh, lawange ora iso dikunci",
    "!hp iki tak umpetke, sir ngancam nyebarke videoku pas adus yen aku ora gelem dituruti",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "saben dino aku diundat-undat, dikatai kewan, goblok, ora iso opo2",
    "kula dipun ancam badhe dipun laporaken polisi menawi nyuwun wangsul",
    "bendara ngomong yen aku kabur keluargaku nang kampung bakal ditekani wong",
    "mama bengok2 terus saben aku salah sithik, aku dadi gemeter yen krungu suarane",
    "!iki aku nyilih hp kancaku meneng2, madam ngancam arep nyebarke fotoku lan mbuang aku nang dalan yen aku ngadu",
  ],
  // ---- trafficking
  [
    "trafficking",
    "jare calo kerjo nang restoran, tekan kene malah dikon jogo wong tuwo telu, gaji separo",
    "aku dioper agen nang juragan liyo, ora ono kontrak anyar, ora ditakoni gelem opo ora",
    "aku mangkat nganggo visa turis, jarene mengko diurusi, saiki kerjo ora ono izine",
    "utangku nang sponsor jarene 40 juta, kudu dicicil nganggo gaji 10 sasi, ora oleh mandeg",
    "!aku dikurung nang mess karo bocah wadon liyane, dijaga wong lanang, jarene kudu ngladeni tamu, iki hp ndelik2",
    "!kula dipun beta dateng kapal, dipeksa nyambut damel, mboten saged medal, sampun ngantos ketahuan kula ngetik niki",
  ],
  // ---- confinement
  [
    "confinement",
    "aku ora entuk metu gerbang babar pisan, wis setahun",
    "hpku dijupuk madam, mung oleh telpon keluarga sesasi pisan",
    "kula mboten dipun keparengaken medal griya, hp ugi dipun pendhet",
    "yen madam lungo aku dikunci seko njobo, panganan mung roti",
    "!aku nulis nganggo hp lawas sing tak sumputke, bendaraku ngancam aku ora bakal iso ketemu anakku maneh yen aku wani telpon",
    "!aku dikunci nang omah wis 3 dino, juragan lagi lungo, aku wedi yen dheweke bali, iki ngetik diem2",
  ],
  // ---- document_held
  [
    "document_held",
    "pasporku dicekel bendara, jarene ben aku ora minggat",
    "kula badhe nyuwun paspor kula wangsul, nanging agen mboten purun maringi",
    "ARC karo paspor digowo agen, aku arep nang rumah sakit ora iso",
    "kontrakku ora tau diwenehke, dicekel juragan kabeh, aku ra ngerti isine",
    "!pasporku ditahan madam, aku ngetik iki ning wc, yen konangan nduwe hp aku mesti diamuk",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "kula dereng dipun paringi gaji sampun sekawan wulan",
    "gajiku mung 3000 dolar, kudune 4990, jare madam wis adil",
    "bayaran sasi iki dipotong 500 mergo aku mecahke gelas",
    "bendaraku ngomong gaji dititipke wae, mengko dibayar pas mulih, wis 8 sasi ra dikeki",
    "!nagih bayaran 5 sasi malah dipelototi, aku ngetik iki bengi2 pas kabeh turu, wedi yen ketahuan",
  ],
  // ---- overwork
  [
    "overwork",
    "aku turu mung 3 jam sedino, ngurusi mbah 24 jam",
    "wis 7 sasi ora tau prei blas",
    "mangan mung turahane majikan, kadang ora dikeki babar pisan",
    "kula tilem wonten pawon, mboten wonten kasur",
    "!wis 2 dino ora turu ora mangan, awakku gemeter, ngetik iki ndelik2 mergo ora oleh nyekel hp",
  ],
  // ---- health
  [
    "health",
    "wetengku lara banget wis 3 dino, oleh ora njaluk nang dokter",
    "kula gerah, badan panas, pripun carane tumbas obat",
    "aku meteng 3 sasi, wedi dipecat yen madam ngerti",
    "asuransi kesehatanku iso dinggo nang klinik endi",
    "sirahku ngelu mergo kurang turu wae kok, ora opo2, butuh obat sing apik opo",
    "!mbak kancaku tibo seko undhak2an, saiki ora sadar, getih metu seko sirah",
    "!dhadhaku sesek banget ora iso ambegan, aku dewekan nang omah",
  ],
  // ---- legal_status
  [
    "legal_status",
    "visaku entek minggu ngarep, bendara ora gelem ngurus",
    "aku overstay wis setahun, iso mulih ora yen nyerahke diri",
    "kula dipun tuduh nyolong kalung, sakmenika dipun timbali polisi",
    "aku dipecat, jarene kudu metu seko hongkong 2 minggu",
    "!ono razia imigrasi nang mess, aku ndelik nang plafon karo kanca2, ora duwe dokumen",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "PT ne njaluk duwit 15 juta maneh kanggo ganti majikan",
    "agenku ora iso dihubungi wis sesasi, wa ora dibales",
    "aku pengin ganti bendara, prosese piye, agen ora gelem ngurus",
    "kula nyuwun fotokopi kontrak dhateng P3MI nanging mboten dipun paringi",
    "!aku nang penampungan PT, arep ngadu soal potongan sing ora umum, nek ketahuan ngadu hpku dijupuk lan aku dihukum, iki ngetik meneng2",
  ],
  // ---- go_home
  [
    "go_home",
    "aku pengin mulih, anakku lara nang kampung",
    "kula badhe wangsul dhateng Indonesia, nanging mboten gadhah arta kangge tiket",
    "kontrak entek sasi ngarep, sopo sing mbayari tiket mulih?",
    "bapakku seda, aku kudu mulih minggu iki, piye ngurus tikete",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "nomere KJRI hongkong piro, aku arep lapor",
    "kula badhe lapor diri wonten KBRI, pripun carane",
    "alamate KDEI taipei nang endi, numpak MRT mudhun ngendi",
    "tulung kirimi nomer hotline KJRI, kanggo jaga2 wae",
    "!nomer KJRI piro mbak, cepet, aku ngetik ndelik2, yen madam weruh aku mesti digebuki",
  ],
  // ---- human_agent
  [
    "human_agent",
    "iso disambungke karo mbak petugase ora? aku pengin crito langsung",
    "kula nyuwun dipun telpon wangsul kaliyan petugas",
    "ono konselor sing iso diajak ngobrol ora, aku butuh crito",
    "telpon aku yo mbak, tapi mengko bengi jam 10 pas madam wis turu",
    "!tulung telpon aku saiki, aku nyilih hp tonggo meneng2, yen bos ngerti aku diantemi",
  ],
  // ---- finance
  [
    "finance",
    "kirim duit nang kampung sing murah lewat opo yo",
    "kurs ringgit dino iki piro",
    "piye carane nabung ben gajiku ora entek dikirim kabeh",
    "kula gadhah utang wonten koperasi, pripun carane nyicil",
  ],
  // ---- greeting
  [
    "greeting",
    "halo mbak, aku arep takon",
    "p mbak",
    "sugeng dalu, nyuwun sewu ngganggu",
  ],
  // ---- thanks
  [
    "thanks",
    "maturnuwun sanget mbak",
    "suwun yo wis dibantu",
    "matur sembah nuwun informasine",
    "suwun mbak, saiki atiku wis lego",
  ],
  // ---- goodbye
  [
    "goodbye",
    "wis disik yo mbak, madam wis mulih",
    "pamit rumiyin nggih",
    "aku tak turu sik, dadah",
    "nyuwun pamit, sampun dalu",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "resep rawon sing enak piye",
    "sesuk nang HK udan ora yo",
    "aku lagi nonton drakor, pemerane mati, aku nangis terus wkwk",
    "hpku mati dewe terus, kudu diservis nang endi",
    "dino minggu enake dolan nang ngendi nang taipei",
  ],

  // =====================================================================================
  // Sundanese
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "tulung abdi keur dipeupeuh ku dunungan ayeuna",
    "dunungan mawa peso, ngancam rek maehan abdi",
    "abdi nyumput di kamar mandi, majikan ngagedor panto bari ngamuk",
    "kuring kabur ti imah majikan, ayeuna di sisi jalan, teu boga duit, teu nyaho kudu kamana",
    "beuheung abdi nembe dicekek, manehna masih di luar kamar, sieun pisan",
    "teh abdi dikonci di gudang, cenah moal dikaluarkeun nepi ka paeh",
    "baba mabok, keur ngudag abdi make gagang sapu, abdi lumpat ka luhur",
    "aya lalaki asup ka kamar abdi peuting ieu, tulung",
    "tulungan abdi teh, gancang",
    "abdi diseret ka mobil ku agen, teu terang bade dibawa kamana",
    "dunungan keur nyekel buuk abdi bari ngancam ku gunting, tulung",
  ],
  // ---- self_harm
  [
    "self_harm",
    "abdi tos teu kiat hirup, hoyong maot wae",
    "kapikiran nginum obat sakaresek sangkan bobo salamina",
    "hayang luncat tina jandela, hirup geus teu aya gunana",
    "tadi abdi nyiksikan leungeun ku silet, ayeuna hayang deui",
    "mun abdi euweuh, kulawarga moal kabeungbeuratan deui",
    "pamit ka sadayana, abdi tos teu kuat, hapunten ka ema",
    "hayang nyusul bapa nu tos maot, cape hirup di dieu",
  ],
  // ---- physical_abuse
  [
    "physical_abuse",
    "abdi sok dicabok ku dunungan mun telat masak",
    "sirah abdi diketok ku sendok sayur kamari, ayeuna bengep",
    "dunungan awewe resep nyiwit pingping abdi nepi ka biru",
    "kamari abdi ditajong ku putrana majikan, tonggong nyeri keneh",
    "baheula abdi kungsi dipeupeuh ku majikan di Saudi, ayeuna tos di lembur, tiasa ngalaporkeun teu?",
    "!abdi ngetik bari nyumput, awak abdi pinuh ku bengep, cenah isukan rek digebug deui",
    "!leungeun abdi diduruk ku setrika kamari, ayeuna ngetik diem2 sieun kanyahoan ku madam",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "salaki dunungan sok ngagerayangan abdi mun madam teu aya",
    "abdi diintip nuju mandi ku putrana majikan",
    "baba sok ngintunkeun gambar jorok ka wa abdi tengah peuting",
    "abdi dipaksa sare sareng majikan lalaki, ayeuna abdi reuneuh",
    "!unggal peuting sir asup ka kamar abdi, konci dicabut, abdi sieun peuting ieu, ngetik ieu nyumput",
    "!abdi diancam moal dibayar mun teu daek dicium ku majikan, ieu ngetik diem2",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "unggal poe abdi dicarekan, disebut bodo, kampungan",
    "madam sok ngagorowok ka abdi di hareupeun tamu",
    "abdi diancam rek dilaporkeun ka pulisi mun teu betah",
    "disebut anjing, babi, unggal poe, hate abdi nyeri pisan",
    "!abdi diancam moal dipulangkeun ka lembur salamina mun ngadu, ieu hp batur, kudu gancang",
  ],
  // ---- trafficking
  [
    "trafficking",
    "cenah di dieu rek digawe di pabrik, geuning dijual ka majikan sejen",
    "sponsor nyebutkeun abdi boga hutang 30 juta, kudu dibayar ku gawe sataun tanpa gajih",
    "ti lembur diangkat ku calo, dikirim make visa ziarah, ayeuna gawe di imah tanpa izin",
    "!abdi dikurung di imah agen sareng awewe lianna, dipaksa ngalayanan lalaki, ieu hp nyolong",
    "!paspor dicokot, dijaga preman unggal waktu, dipaksa digawe di kebon, teu meunang kaluar, abdi sieun",
  ],
  // ---- confinement
  [
    "confinement",
    "abdi teu kenging kaluar imah ti mimiti datang",
    "hp abdi dicandak ku madam, teu tiasa nelepon kolot",
    "mun dunungan indit, abdi dikonci ti luar",
    "teu dibere nyepeng hp, ngan saminggu sakali ngabarkeun kulawarga",
    "!abdi dikonci di imah, ieu ngetik make hp nu disumputkeun, mun kapanggih abdi pasti dihajar",
  ],
  // ---- document_held
  [
    "document_held",
    "paspor abdi ditahan ku dunungan, cenah sangkan teu kabur",
    "iqama abdi dicepeng kafil, abdi teu tiasa ka rumah sakit",
    "KTP sareng paspor dicandak ku PT ti saprak di penampungan",
    "abdi hoyong nyuhunkeun deui paspor, tapi agen teu daek masihan",
    "!paspor abdi disumputkeun ku majikan, abdi ngetik ieu diem2 di wc, mun kanyahoan abdi dipeupeuh",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "gajih abdi teu acan dibayar tos 4 sasih",
    "gajih dipotong terus ku agen, teu jelas kanggo naon",
    "abdi dibayar ngan satengahna tina kontrak",
    "dunungan nyarios gajih bade dibayar pas uih, abdi hariwang",
    "!nagih gajih malah diancam, abdi ngetik ieu nyumput, sieun pisan mun ketahuan",
  ],
  // ---- overwork
  [
    "overwork",
    "digawe ti subuh nepi ka jam 1 peuting, teu aya reureuh",
    "teu kungsi libur salila 9 bulan",
    "abdi ngan dibere dahar sakali sapoe",
    "sare di lantai dapur, teu aya kasur, tiis pisan",
    "!abdi teu dibere dahar dua poe, lemes pisan, ngetik diem2 bisi kanyahoan",
  ],
  // ---- health
  [
    "health",
    "abdi muriang tos 3 dinten, teu dibere ubar",
    "huntu abdi nyeri pisan, dokter gigi di dieu mahal teu",
    "abdi kakandungan 2 bulan, kedah kumaha",
    "!rerencangan abdi pingsan di dapur, teu sadar-sadar, kedah kumaha",
    "!abdi utah getih ayeuna, sirah lieur pisan, nyalira di imah",
  ],
  // ---- legal_status
  [
    "legal_status",
    "visa abdi tos seep, dunungan teu daek manjangkeun",
    "abdi overstay 2 taun, tiasa uih teu",
    "abdi dituduh maling perhiasan madam, ayeuna disauran pulisi",
    "abdi dipecat, cenah kedah kaluar ti Hongkong dina 14 dinten",
    "rerencangan abdi ditewak imigrasi, kumaha carana nulungan",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "PT abdi menta deui 12 juta kanggo ngalih majikan",
    "agen teu tiasa dihubungi deui, kantorna tos tutup",
    "abdi hoyong ganti majikan, agen teu daek ngurus",
    "P3MI teu masihan salinan kontrak ka abdi",
  ],
  // ---- go_home
  [
    "go_home",
    "abdi hoyong uih ka Indonesia, teu gaduh artos kanggo tiket",
    "indung abdi gering, abdi hayang mulang",
    "kontrak seep bulan payun, saha nu mayar tiket uih",
    "sono ka budak, hayang balik ka lembur wae",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "nomer KBRI riyadh sabaraha",
    "alamat KJRI hongkong dimana, naek naon ti causeway bay",
    "kumaha carana lapor diri ka KBRI",
    "hotline pangaduan PMI sabaraha nomerna",
    "!nomer KBRI jeddah sabaraha teh, enggal, abdi ngetik nyumput, mun kafil terang abdi dipeupeuh",
  ],
  // ---- human_agent
  [
    "human_agent",
    "abdi hoyong nyarios sareng petugas langsung",
    "tiasa ditelepon deui ku petugas, abdi hoyong curhat",
    "aya konselor teu, abdi butuh batur ngobrol",
    "punten sambungkeun ka jalma, lain mesin",
    "!tulung telepon abdi ayeuna, ieu hp rerencangan, dunungan ngancam mun abdi ngadu",
  ],
  // ---- finance
  [
    "finance",
    "kirim artos ka lembur anu murah kumaha",
    "kurs riyal dinten ieu sabaraha",
    "abdi gaduh hutang ka bank emok, kumaha nyicilna",
    "kumaha carana nabung tina gajih sangkan aya sesa",
  ],
  // ---- greeting
  [
    "greeting",
    "sampurasun teh",
    "wilujeng wengi teh, punten ngaganggu",
    "punten teh, bade naros",
    "assalamualaikum teh, aya nu tiasa ngawaler?",
  ],
  // ---- thanks
  [
    "thanks",
    "nuhun nya tos ngabantosan",
    "hatur nuhun infona, tos kacatet",
    "nuhun teh, abdi tos lega ayeuna",
  ],
  // ---- goodbye
  [
    "goodbye",
    "mangga, abdi undur heula nya teh",
    "engke deui nya, dunungan tos uih",
    "dugi ka engke",
    "wios, sakitu heula nya",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "persib meunang teu tadi peuting",
    "resep seblak kumaha nya",
    "di taipei hujan teu isukan",
    "abdi keur lalajo pilem horor, aya nu maot, sieun wkwk",
    "hp abdi sok paeh sorangan, kedah diganti batre?",
  ],

  // =====================================================================================
  // Malay (Malaysia / Brunei)
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "tolong saya, majikan tengah pukul saya sekarang",
    "bos pegang parang, dia kata nak bunuh saya malam ni",
    "saya menyorok dalam tandas, madam cari saya sambil menjerit",
    "sy dah lari dari rumah majikan, skrg kat tepi jalan Klang, takde duit takde fon",
    "tuan kunci saya dalam stor, dia ugut nak bakar saya",
    "dia cekik leher saya tadi, sekarang dia tunggu depan pintu bilik",
    "tolong, saya dalam bahaya",
    "ada orang cuba pecah masuk bilik sy, tolong cepat",
    "kak tlg, majikan tgh mengamuk pegang pisau, sy sorok bawah katil",
  ],
  // ---- self_harm
  [
    "self_harm",
    "saya dah tak larat hidup, nak mati je",
    "rasa nak terjun dari tingkat 15 ni",
    "saya dah telan ubat tidur banyak tadi",
    "lebih baik saya takde, semua orang senang",
    "sy selalu toreh tangan bila stress, malam ni pun nak buat lagi",
    "ini mesej terakhir sy, kirim salam kat mak",
    // ---- physical_abuse
    "sy rasa nak hilang je dari dunia ni, xde sapa kisah pun",
  ],
  [
    "physical_abuse",
    "majikan selalu lempang saya kalau lambat",
    "madam tarik rambut saya sampai tercabut",
    "saya kena sepak dengan anak majikan semalam",
    "dulu majikan lama selalu pukul sy, sekarang dah tukar majikan, ok je",
    "!saya taip ni senyap2, badan saya lebam, majikan kata malam ni dia nak pukul lagi",
    "!mem curah air panas kat kaki saya pagi tadi, saya takut dia buat lagi bila balik",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "tuan selalu raba saya bila mem keluar",
    "anak lelaki majikan intai saya mandi",
    "majikan hantar gambar lucah kat whatsapp saya",
    "saya kena rogol dengan majikan, sekarang saya mengandung",
    "!tuan masuk bilik saya setiap malam, pintu tak boleh kunci, saya takut malam ni, taip senyap2",
    "!dia ugut nak sebar video saya kalau saya tak ikut cakap dia, saya tulis ni sembunyi",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "majikan maki saya bodoh, babi, tiap hari",
    "madam herdik saya depan kawan dia, malu sangat",
    "dia ugut nak report polis kata saya curi kalau saya minta balik",
    "!sy guna fon kawan senyap2, majikan ugut nak hantar orang cari keluarga sy kalau sy lapor",
  ],
  // ---- trafficking
  [
    "trafficking",
    "ejen janji kerja kilang, sampai sini jadi orang gaji tanpa permit",
    "masuk guna visa pelancong, ejen kata nanti buat permit, sampai sekarang takde",
    "tekong kata hutang perjalanan 8000 ringgit, kena kerja ladang sawit tanpa gaji sampai habis",
    "!kami dikurung kat rumah kedai, dipaksa layan lelaki, pasport kena tahan, saya curi fon ni",
    "!suami saya kat bot ikan, tak bagi naik darat, kena pukul kalau melawan, dia mesej saya senyap2",
  ],
  // ---- confinement
  [
    "confinement",
    "saya tak boleh keluar rumah langsung, pintu pagar selalu kunci",
    "fon saya kena rampas, tak boleh call keluarga",
    "majikan keluar kerja, saya kena kunci dalam rumah sampai malam",
    "dah 2 tahun x pernah keluar rumah, hari cuti pun x boleh",
    "!saya kena kurung dalam rumah, taip guna fon lama yang saya sorok, kalau dia tahu habis saya",
    "!dh 3 hari kena kunci dlm bilik, xde makanan, majikan pergi bercuti, sy lapar sgt",
  ],
  // ---- document_held
  [
    "document_held",
    "pasport saya kena tahan dengan majikan",
    "ejen pegang pasport dan permit saya, tak nak bagi balik",
    "majikan simpan i-Kad saya, saya takut kena tangkap",
    "!pasport kena sorok dengan majikan, saya taip ni dalam tandas, kalau kantoi saya kena pukul",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "gaji sy x bayar lagi dh 5 bulan",
    "majikan potong gaji 200 sebulan tanpa sebab",
    "gaji bawah dari kontrak, kontrak 1500 dapat 1000 je",
    "majikan kata gaji simpan dulu, bayar bila habis kontrak",
    "!saya minta gaji terus kena marah, sekarang saya taip senyap2 bawah selimut, takut dia nampak",
  ],
  // ---- overwork
  [
    "overwork",
    "keje dr 5 pagi smpai 1 mlm, xde rehat langsung",
    "tak pernah dapat cuti sejak sampai Malaysia",
    "tidur kat lantai dapur, takde tilam",
    "makan sekali sehari je, nasi dengan kicap",
  ],
  // ---- health
  [
    "health",
    "sy demam dh seminggu, majikan xnak bg pergi klinik",
    "perut saya sakit teruk, ada ubat apa yang boleh beli",
    "saya mengandung, takut majikan hantar balik",
    "!kawan saya pengsan tak sedar2, mulut berbuih",
    "!dada sakit sangat susah nak bernafas sekarang, sy sorang kat rumah",
  ],
  // ---- legal_status
  [
    "legal_status",
    "permit saya dah tamat, majikan tak nak renew",
    "saya PATI, nak ikut program rekalibrasi macam mana",
    "kawan saya kena tangkap imigresen, sekarang kat depot",
    "majikan tuduh saya curi emas, polis panggil saya",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "ejen minta bayar 5000 nak tukar majikan",
    "agensi tak angkat fon dah sebulan",
    "nk tukar majikan, ejen kata x boleh sbb kontrak blm habis",
    "ejen tak bagi salinan kontrak",
  ],
  // ---- go_home
  [
    "go_home",
    "saya nak balik Indonesia, takde duit tiket",
    "mak saya sakit kat kampung, nak balik cepat",
    "habis kontrak bulan depan, siapa tanggung tiket balik",
    "macam mana nak balik kalau majikan tak lepaskan",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "nombor KBRI KL berapa",
    "alamat KJRI Johor Bahru kat mana",
    "KJRI Kota Kinabalu buka hari sabtu tak",
    "macam mana nak lapor diri kat KBRI Bandar Seri Begawan",
  ],
  // ---- human_agent
  [
    "human_agent",
    "boleh saya cakap dengan pegawai betul",
    "tolong suruh orang call saya balik",
    "nak bercakap dengan kaunselor",
    "!tolong call saya sekarang, guna fon kawan senyap2, kalau majikan tahu sy kena pukul",
  ],
  // ---- finance
  [
    "finance",
    "hantar duit ke Indonesia yang paling murah guna apa",
    "rate ringgit ke rupiah hari ni berapa",
    "macam mana nak simpan duit, gaji habis hantar kampung",
    "saya ada hutang dengan along, macam mana nak bayar",
  ],
  // ---- greeting
  [
    "greeting",
    "hai kak, selamat pagi",
    "assalamualaikum, ada orang tak",
    "salam kak, nak tanya sikit",
    "hai, selamat petang",
  ],
  // ---- thanks
  [
    "thanks",
    "terima kasih banyak kak",
    "ok terima kasih, dah faham",
    "tq kak, sangat membantu",
  ],
  // ---- goodbye
  [
    "goodbye",
    "ok kak, saya nak tidur dulu, bye",
    "jumpa lagi kak, nak masak dah",
    "saya pergi dulu, majikan dah balik",
    "nanti saya mesej lagi, bye",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "resipi nasi lemak macam mana",
    "Harimau Malaya menang tak semalam",
    "cerita hantu tadi seram gila, ada orang mati kena bunuh haha",
    "fon saya selalu mati sendiri, kena tukar bateri ke",
  ],

  // =====================================================================================
  // English and broken English
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "help my employer is hitting me with a belt right now",
    "sir has a knife and said he will kill me tonight",
    "i am hiding in the bathroom, madam is banging the door screaming",
    "i ran away from my employer house, now at mrt station, no money no passport, where can i go",
    "he locked me in the storeroom and said i will die there",
    "pls help someone trying to open my room door, its 2am",
    "he just choked me and he is still outside my door",
    "help help pls fast",
    "madam dragging me by my hair to the balcony, pls somebody",
  ],
  // ---- self_harm
  [
    "self_harm",
    "i dont want to live anymore, i want to end it",
    "thinking of jumping from the balcony tonight",
    "i took many sleeping pills just now",
    "my family is better off without me",
    "i cut my arm again, i cant stop",
    "this is my last message, tell my son i love him",
    "i keep thinking everyone would be happier if i just disappear, i already wrote goodbye letters",
  ],
  // ---- physical_abuse
  [
    "physical_abuse",
    "my madam always slaps me when i make mistake",
    "sir pushed me down the stairs last week, my leg still swollen",
    "ama pinches my arm everyday until blue",
    "employer burned my hand with hot iron yesterday",
    "in 2019 my employer in saudi beat me, now i'm home safe, can i still report?",
    "!typing this hiding in toilet, madam beat me this morning, she said tonight more",
    "!my body full of bruises, employer says he will beat me again when he come home, i'm scared",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "my employer's son keeps touching me when nobody home",
    "sir sends me dirty pictures at night",
    "my boss watches me when i shower, there is hole in the door",
    "i was raped by my employer, now i think i am pregnant",
    "!he comes into my room every night, tonight also, door cannot lock, writing this secretly",
    "!employer threatened to post my naked video if i tell anyone, i'm using friend phone",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "madam shouts at me all day and calls me stupid",
    "they humiliate me in front of guests, make me eat on the floor",
    "employer threatens to call police and say i stole if i ask for day off",
    "!she said she will send people to my family in indonesia if i report, texting in secret",
  ],
  // ---- trafficking
  [
    "trafficking",
    "agent promised factory job but i was sent to work as maid",
    "i was sold to another employer without my consent",
    "they sent me with tourist visa and now i work illegally",
    "agency says i owe 50 million and must work 2 years no salary to pay",
    "!we are locked in a house with other girls, forced to entertain men, guarded all day, stole this phone",
    "!my husband is on a fishing boat, they dont let him get off, beaten if he refuses, he texted me secretly",
  ],
  // ---- confinement
  [
    "confinement",
    "i am not allowed to leave the house at all",
    "employer took my phone, i can only call family once a month",
    "when they go out they lock me inside",
    "i havent gone out for 8 months, they say outside dangerous",
    "!locked inside, using a hidden phone, if madam finds this phone she will hurt me",
  ],
  // ---- document_held
  [
    "document_held",
    "employer is keeping my passport",
    "agency holds my passport and work permit",
    "my HKID card taken by madam, she said for safe keeping",
    "my kafil keeps my iqama so i cannot go to hospital alone",
    "!madam hides my passport, typing from toilet, if she catch me she will beat me",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "no salary for 3 months",
    "my salary lower than contract, they pay 3000 only",
    "employer deduct my salary for broken plate",
    "madam says she will keep my salary until contract finish",
    "!asked for my salary and she got angry, i'm typing under blanket so she dont see, very scared",
  ],
  // ---- overwork
  [
    "overwork",
    "i work 18 hours a day no rest",
    "no day off since i arrived 1 year ago",
    "i only sleep 4 hours because ama wakes me every hour",
    "i sleep in the kitchen on the floor",
    "!havent slept in 2 days, feel like fainting, cant rest, typing secretly",
  ],
  // ---- health
  [
    "health",
    "i have fever for 3 days, employer wont take me to doctor",
    "my tooth hurts so much cannot eat",
    "i am pregnant, what should i do, scared employer finds out",
    "!my friend collapsed and not waking up, what do i do",
    "!bleeding a lot from down there, i'm pregnant 4 months, alone in house",
    "!strong chest pain and my left arm is numb right now, nobody home",
  ],
  // ---- legal_status
  [
    "legal_status",
    "my visa expired last month, employer didnt renew",
    "i am overstay, can i go home without being jailed",
    "terminated today, they said i must leave hong kong in 14 days",
    "i was accused of stealing, police want to talk to me",
    "!immigration raid in our building now, hiding on the roof with no documents",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "agency asking another 10k to change employer",
    "my agent stopped answering my calls",
    "how do i break contract and find new employer",
    "agency wont give me copy of my contract",
  ],
  // ---- go_home
  [
    "go_home",
    "i just want to go back to indonesia, cant take it anymore here",
    "no money for flight home",
    "contract ends next month, who pays ticket home",
    "my father is sick, i need to go home asap",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "what is KJRI hong kong phone number",
    "how to do lapor diri online",
    "is KDEI taipei open on sunday",
    "please give me the embassy hotline just in case",
  ],
  // ---- human_agent
  [
    "human_agent",
    "i want to speak to a human officer please",
    "please ask a counsellor to call me back",
    "is there someone i can chat with, not a bot",
    "can someone call me after 10pm when madam sleeps",
    "!please call me now, borrowed phone, employer will hit me if she knows",
  ],
  // ---- finance
  [
    "finance",
    "cheapest way to send money to indonesia",
    "what is today rate HKD to rupiah",
    "how to save money from my salary",
    "i have debt with loan company, they keep calling",
  ],
  // ---- greeting
  [
    "greeting",
    "hi sis",
    "morning kak, u there?",
    "hai, anyone here?",
    "hello mam, i want to ask",
  ],
  // ---- thanks
  [
    "thanks",
    "thank you so much sis",
    "ok thank you, very helpful",
    "tq so much, i'm safe now",
    "thank u kak, the officer already called me back",
  ],
  // ---- goodbye
  [
    "goodbye",
    "ok i go now bye",
    "gotta go, madam is back",
    "talk later bye",
    "nite nite, going to sleep",
    "i'll chat again tmrw",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "how to cook rendang",
    "who won the football last night",
    "will it rain tomorrow in singapore",
    "i was watching a movie where the maid killed the boss lol",
    "my phone keeps dying, any tips",
  ],
];

/** Extra lines in Javanese, Sundanese, Malay and English (emergency and self_harm lines are always danger). */
export const CORPUS_LANGUAGES: readonly CorpusItem[] = corpusItems(RAW);
