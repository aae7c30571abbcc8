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
 * Each line: intent, danger flag, text.
 */
import { type CorpusItem, corpusItems, type LabelledLine } from "./corpus.js";

const RAW: LabelledLine[] = [
  // =====================================================================================
  // Javanese (ngoko and krama)
  // =====================================================================================
  // ---- emergency
  ["emergency", 1, "tulung mbak, bendaraku lagi ngamuk nggowo gunting, aku ndelik nang pawon"],
  ["emergency", 1, "aku digebuki bendaraku saiki, ora mandeg2, tulungen"],
  ["emergency", 1, "juragan lanang mau nyekek guluku, saiki dheweke nunggu nang ngarep lawang kamar"],
  ["emergency", 1, "kula dipun kunci wonten gudang, majikan ngancam badhe mejahi kula"],
  ["emergency", 1, "tlg aq wis minggat seko omahe madam, saiki nang pinggir dalan, ra ngerti dalan, batre hp kari sitik"],
  ["emergency", 1, "sir e mabuk nggedori lawang kamarku, jarene arep mateni aku bengi iki"],
  ["emergency", 1, "kula sakniki ndhelik wonten kamar mandi, bapak majikan mbeta lading"],
  ["emergency", 1, "aku diseret agen mlebu mobil, ra ngerti arep digowo nangdi, wedi bgt"],
  ["emergency", 1, "akong nguncal piring nang sirahku, getihe ora mandeg, dheweke isih muring2"],
  ["emergency", 1, "tulungi aku mbakkk cepet"],
  ["emergency", 1, "nyuwun tulung, wonten tiyang mlebet kamar kula wengi2, kula ajrih sanget"],
  ["emergency", 1, "aku lagi ngumpet nang kolong mejo, madam nggoleki aku karo nggowo sabuk"],
  ["emergency", 1, "SOS mbak, bojone madam ngamuk, aku dioyak2 nganggo pisau nganti njobo"],
  // ---- self_harm
  ["self_harm", 1, "aku wis ora kuat, pengin ngombe obat nyamuk wae ben rampung kabeh"],
  ["self_harm", 1, "rasane pengin mlumpat seko balkon lantai 20 iki"],
  ["self_harm", 1, "kula sampun mboten kiat gesang, nyuwun pangapunten dhateng simbok"],
  ["self_harm", 1, "mau bengi aku ngiris tanganku dewe, saiki kepengin maneh"],
  ["self_harm", 1, "urip nang kene koyo neroko, mending aku mati wae"],
  ["self_harm", 1, "wis tak tulis layang kanggo anakku, sesuk aku wis ora ono"],
  ["self_harm", 1, "aku mung dadi beban keluarga, luwih apik aku ilang seko donya"],
  ["self_harm", 1, "pengin turu terus ora tangi maneh, kesel aku urip"],
  // ---- physical_abuse
  ["self_harm", 1, "wingi wis nguntal pil sak genggem, saiki weteng lara, ora ono sing ngerti"],
  ["physical_abuse", 0, "madam seneng nyabet sikilku nganggo sapu yen aku telat masak"],
  ["physical_abuse", 0, "bendaraku njiwit lenganku nganti biru2, meh saben dino"],
  ["physical_abuse", 0, "mbak, wingi sore aku dijambak terus dijungkelke nang lantai"],
  ["physical_abuse", 0, "kula asring dipun tabok kaliyan ibu majikan, pipi kula ngantos abuh"],
  ["physical_abuse", 0, "biyen nang taiwan aku tau ditabok ama, saiki wis pindah majikan sing apik, iseh iso lapor ora?"],
  ["physical_abuse", 1, "aku ngetik iki pas madam adus, awakku isih lebam kabeh, jarene bengi iki arep dihajar maneh"],
  ["physical_abuse", 1, "ngetik ndelik2 nang wc, mau awan ditendang madam, nek ngerti aku nduwe hp aku mesti diantemi"],
  // ---- sexual_abuse
  ["sexual_abuse", 0, "anake majikan seneng ngintip aku adus, bolongan lawang tak tutupi kertas malah disuwek"],
  ["sexual_abuse", 0, "bapak majikan ngirimi aku foto saru bengi2 lewat wa"],
  ["sexual_abuse", 0, "kula dipun grepe kaliyan juragan jaler menawi ibu mboten wonten griya"],
  ["sexual_abuse", 0, "aku dipeksa turu karo sir, saiki telat mens, aku wedi meteng"],
  ["sexual_abuse", 0, "juragan lanang njaluk dipijeti tengah wengi, tangane ngrabai awakku"],
  ["sexual_abuse", 1, "aku ngetik meneng2, saben bengi sir mlebu kamarku, bengi iki mesti teko maneh, lawange ora iso dikunci"],
  ["sexual_abuse", 1, "hp iki tak umpetke, sir ngancam nyebarke videoku pas adus yen aku ora gelem dituruti"],
  // ---- psychological_abuse
  ["psychological_abuse", 0, "saben dino aku diundat-undat, dikatai kewan, goblok, ora iso opo2"],
  ["psychological_abuse", 0, "kula dipun ancam badhe dipun laporaken polisi menawi nyuwun wangsul"],
  ["psychological_abuse", 0, "bendara ngomong yen aku kabur keluargaku nang kampung bakal ditekani wong"],
  ["psychological_abuse", 0, "mama bengok2 terus saben aku salah sithik, aku dadi gemeter yen krungu suarane"],
  ["psychological_abuse", 1, "iki aku nyilih hp kancaku meneng2, madam ngancam arep nyebarke fotoku lan mbuang aku nang dalan yen aku ngadu"],
  // ---- trafficking
  ["trafficking", 0, "jare calo kerjo nang restoran, tekan kene malah dikon jogo wong tuwo telu, gaji separo"],
  ["trafficking", 0, "aku dioper agen nang juragan liyo, ora ono kontrak anyar, ora ditakoni gelem opo ora"],
  ["trafficking", 0, "aku mangkat nganggo visa turis, jarene mengko diurusi, saiki kerjo ora ono izine"],
  ["trafficking", 0, "utangku nang sponsor jarene 40 juta, kudu dicicil nganggo gaji 10 sasi, ora oleh mandeg"],
  ["trafficking", 1, "aku dikurung nang mess karo bocah wadon liyane, dijaga wong lanang, jarene kudu ngladeni tamu, iki hp ndelik2"],
  ["trafficking", 1, "kula dipun beta dateng kapal, dipeksa nyambut damel, mboten saged medal, sampun ngantos ketahuan kula ngetik niki"],
  // ---- confinement
  ["confinement", 0, "aku ora entuk metu gerbang babar pisan, wis setahun"],
  ["confinement", 0, "hpku dijupuk madam, mung oleh telpon keluarga sesasi pisan"],
  ["confinement", 0, "kula mboten dipun keparengaken medal griya, hp ugi dipun pendhet"],
  ["confinement", 0, "yen madam lungo aku dikunci seko njobo, panganan mung roti"],
  ["confinement", 1, "aku nulis nganggo hp lawas sing tak sumputke, bendaraku ngancam aku ora bakal iso ketemu anakku maneh yen aku wani telpon"],
  ["confinement", 1, "aku dikunci nang omah wis 3 dino, juragan lagi lungo, aku wedi yen dheweke bali, iki ngetik diem2"],
  // ---- document_held
  ["document_held", 0, "pasporku dicekel bendara, jarene ben aku ora minggat"],
  ["document_held", 0, "kula badhe nyuwun paspor kula wangsul, nanging agen mboten purun maringi"],
  ["document_held", 0, "ARC karo paspor digowo agen, aku arep nang rumah sakit ora iso"],
  ["document_held", 0, "kontrakku ora tau diwenehke, dicekel juragan kabeh, aku ra ngerti isine"],
  ["document_held", 1, "pasporku ditahan madam, aku ngetik iki ning wc, yen konangan nduwe hp aku mesti diamuk"],
  // ---- wage_issue
  ["wage_issue", 0, "kula dereng dipun paringi gaji sampun sekawan wulan"],
  ["wage_issue", 0, "gajiku mung 3000 dolar, kudune 4990, jare madam wis adil"],
  ["wage_issue", 0, "bayaran sasi iki dipotong 500 mergo aku mecahke gelas"],
  ["wage_issue", 0, "bendaraku ngomong gaji dititipke wae, mengko dibayar pas mulih, wis 8 sasi ra dikeki"],
  ["wage_issue", 1, "nagih bayaran 5 sasi malah dipelototi, aku ngetik iki bengi2 pas kabeh turu, wedi yen ketahuan"],
  // ---- overwork
  ["overwork", 0, "aku turu mung 3 jam sedino, ngurusi mbah 24 jam"],
  ["overwork", 0, "wis 7 sasi ora tau prei blas"],
  ["overwork", 0, "mangan mung turahane majikan, kadang ora dikeki babar pisan"],
  ["overwork", 0, "kula tilem wonten pawon, mboten wonten kasur"],
  ["overwork", 1, "wis 2 dino ora turu ora mangan, awakku gemeter, ngetik iki ndelik2 mergo ora oleh nyekel hp"],
  // ---- health
  ["health", 0, "wetengku lara banget wis 3 dino, oleh ora njaluk nang dokter"],
  ["health", 0, "kula gerah, badan panas, pripun carane tumbas obat"],
  ["health", 0, "aku meteng 3 sasi, wedi dipecat yen madam ngerti"],
  ["health", 0, "asuransi kesehatanku iso dinggo nang klinik endi"],
  ["health", 0, "sirahku ngelu mergo kurang turu wae kok, ora opo2, butuh obat sing apik opo"],
  ["health", 1, "mbak kancaku tibo seko undhak2an, saiki ora sadar, getih metu seko sirah"],
  ["health", 1, "dhadhaku sesek banget ora iso ambegan, aku dewekan nang omah"],
  // ---- legal_status
  ["legal_status", 0, "visaku entek minggu ngarep, bendara ora gelem ngurus"],
  ["legal_status", 0, "aku overstay wis setahun, iso mulih ora yen nyerahke diri"],
  ["legal_status", 0, "kula dipun tuduh nyolong kalung, sakmenika dipun timbali polisi"],
  ["legal_status", 0, "aku dipecat, jarene kudu metu seko hongkong 2 minggu"],
  ["legal_status", 1, "ono razia imigrasi nang mess, aku ndelik nang plafon karo kanca2, ora duwe dokumen"],
  // ---- agency_issue
  ["agency_issue", 0, "PT ne njaluk duwit 15 juta maneh kanggo ganti majikan"],
  ["agency_issue", 0, "agenku ora iso dihubungi wis sesasi, wa ora dibales"],
  ["agency_issue", 0, "aku pengin ganti bendara, prosese piye, agen ora gelem ngurus"],
  ["agency_issue", 0, "kula nyuwun fotokopi kontrak dhateng P3MI nanging mboten dipun paringi"],
  ["agency_issue", 1, "aku nang penampungan PT, arep ngadu soal potongan sing ora umum, nek ketahuan ngadu hpku dijupuk lan aku dihukum, iki ngetik meneng2"],
  // ---- go_home
  ["go_home", 0, "aku pengin mulih, anakku lara nang kampung"],
  ["go_home", 0, "kula badhe wangsul dhateng Indonesia, nanging mboten gadhah arta kangge tiket"],
  ["go_home", 0, "kontrak entek sasi ngarep, sopo sing mbayari tiket mulih?"],
  ["go_home", 0, "bapakku seda, aku kudu mulih minggu iki, piye ngurus tikete"],
  // ---- contact_embassy
  ["contact_embassy", 0, "nomere KJRI hongkong piro, aku arep lapor"],
  ["contact_embassy", 0, "kula badhe lapor diri wonten KBRI, pripun carane"],
  ["contact_embassy", 0, "alamate KDEI taipei nang endi, numpak MRT mudhun ngendi"],
  ["contact_embassy", 0, "tulung kirimi nomer hotline KJRI, kanggo jaga2 wae"],
  ["contact_embassy", 1, "nomer KJRI piro mbak, cepet, aku ngetik ndelik2, yen madam weruh aku mesti digebuki"],
  // ---- human_agent
  ["human_agent", 0, "iso disambungke karo mbak petugase ora? aku pengin crito langsung"],
  ["human_agent", 0, "kula nyuwun dipun telpon wangsul kaliyan petugas"],
  ["human_agent", 0, "ono konselor sing iso diajak ngobrol ora, aku butuh crito"],
  ["human_agent", 0, "telpon aku yo mbak, tapi mengko bengi jam 10 pas madam wis turu"],
  ["human_agent", 1, "tulung telpon aku saiki, aku nyilih hp tonggo meneng2, yen bos ngerti aku diantemi"],
  // ---- finance
  ["finance", 0, "kirim duit nang kampung sing murah lewat opo yo"],
  ["finance", 0, "kurs ringgit dino iki piro"],
  ["finance", 0, "piye carane nabung ben gajiku ora entek dikirim kabeh"],
  ["finance", 0, "kula gadhah utang wonten koperasi, pripun carane nyicil"],
  // ---- greeting
  ["greeting", 0, "halo mbak, aku arep takon"],
  ["greeting", 0, "p mbak"],
  ["greeting", 0, "sugeng dalu, nyuwun sewu ngganggu"],
  // ---- thanks
  ["thanks", 0, "maturnuwun sanget mbak"],
  ["thanks", 0, "suwun yo wis dibantu"],
  ["thanks", 0, "matur sembah nuwun informasine"],
  ["thanks", 0, "suwun mbak, saiki atiku wis lego"],
  // ---- goodbye
  ["goodbye", 0, "wis disik yo mbak, madam wis mulih"],
  ["goodbye", 0, "pamit rumiyin nggih"],
  ["goodbye", 0, "aku tak turu sik, dadah"],
  ["goodbye", 0, "nyuwun pamit, sampun dalu"],
  // ---- out_of_scope
  ["out_of_scope", 0, "resep rawon sing enak piye"],
  ["out_of_scope", 0, "sesuk nang HK udan ora yo"],
  ["out_of_scope", 0, "aku lagi nonton drakor, pemerane mati, aku nangis terus wkwk"],
  ["out_of_scope", 0, "hpku mati dewe terus, kudu diservis nang endi"],
  ["out_of_scope", 0, "dino minggu enake dolan nang ngendi nang taipei"],

  // =====================================================================================
  // Sundanese
  // =====================================================================================
  // ---- emergency
  ["emergency", 1, "tulung abdi keur dipeupeuh ku dunungan ayeuna"],
  ["emergency", 1, "dunungan mawa peso, ngancam rek maehan abdi"],
  ["emergency", 1, "abdi nyumput di kamar mandi, majikan ngagedor panto bari ngamuk"],
  ["emergency", 1, "kuring kabur ti imah majikan, ayeuna di sisi jalan, teu boga duit, teu nyaho kudu kamana"],
  ["emergency", 1, "beuheung abdi nembe dicekek, manehna masih di luar kamar, sieun pisan"],
  ["emergency", 1, "teh abdi dikonci di gudang, cenah moal dikaluarkeun nepi ka paeh"],
  ["emergency", 1, "baba mabok, keur ngudag abdi make gagang sapu, abdi lumpat ka luhur"],
  ["emergency", 1, "aya lalaki asup ka kamar abdi peuting ieu, tulung"],
  ["emergency", 1, "tulungan abdi teh, gancang"],
  ["emergency", 1, "abdi diseret ka mobil ku agen, teu terang bade dibawa kamana"],
  ["emergency", 1, "dunungan keur nyekel buuk abdi bari ngancam ku gunting, tulung"],
  // ---- self_harm
  ["self_harm", 1, "abdi tos teu kiat hirup, hoyong maot wae"],
  ["self_harm", 1, "kapikiran nginum obat sakaresek sangkan bobo salamina"],
  ["self_harm", 1, "hayang luncat tina jandela, hirup geus teu aya gunana"],
  ["self_harm", 1, "tadi abdi nyiksikan leungeun ku silet, ayeuna hayang deui"],
  ["self_harm", 1, "mun abdi euweuh, kulawarga moal kabeungbeuratan deui"],
  ["self_harm", 1, "pamit ka sadayana, abdi tos teu kuat, hapunten ka ema"],
  ["self_harm", 1, "hayang nyusul bapa nu tos maot, cape hirup di dieu"],
  // ---- physical_abuse
  ["physical_abuse", 0, "abdi sok dicabok ku dunungan mun telat masak"],
  ["physical_abuse", 0, "sirah abdi diketok ku sendok sayur kamari, ayeuna bengep"],
  ["physical_abuse", 0, "dunungan awewe resep nyiwit pingping abdi nepi ka biru"],
  ["physical_abuse", 0, "kamari abdi ditajong ku putrana majikan, tonggong nyeri keneh"],
  ["physical_abuse", 0, "baheula abdi kungsi dipeupeuh ku majikan di Saudi, ayeuna tos di lembur, tiasa ngalaporkeun teu?"],
  ["physical_abuse", 1, "abdi ngetik bari nyumput, awak abdi pinuh ku bengep, cenah isukan rek digebug deui"],
  ["physical_abuse", 1, "leungeun abdi diduruk ku setrika kamari, ayeuna ngetik diem2 sieun kanyahoan ku madam"],
  // ---- sexual_abuse
  ["sexual_abuse", 0, "salaki dunungan sok ngagerayangan abdi mun madam teu aya"],
  ["sexual_abuse", 0, "abdi diintip nuju mandi ku putrana majikan"],
  ["sexual_abuse", 0, "baba sok ngintunkeun gambar jorok ka wa abdi tengah peuting"],
  ["sexual_abuse", 0, "abdi dipaksa sare sareng majikan lalaki, ayeuna abdi reuneuh"],
  ["sexual_abuse", 1, "unggal peuting sir asup ka kamar abdi, konci dicabut, abdi sieun peuting ieu, ngetik ieu nyumput"],
  ["sexual_abuse", 1, "abdi diancam moal dibayar mun teu daek dicium ku majikan, ieu ngetik diem2"],
  // ---- psychological_abuse
  ["psychological_abuse", 0, "unggal poe abdi dicarekan, disebut bodo, kampungan"],
  ["psychological_abuse", 0, "madam sok ngagorowok ka abdi di hareupeun tamu"],
  ["psychological_abuse", 0, "abdi diancam rek dilaporkeun ka pulisi mun teu betah"],
  ["psychological_abuse", 0, "disebut anjing, babi, unggal poe, hate abdi nyeri pisan"],
  ["psychological_abuse", 1, "abdi diancam moal dipulangkeun ka lembur salamina mun ngadu, ieu hp batur, kudu gancang"],
  // ---- trafficking
  ["trafficking", 0, "cenah di dieu rek digawe di pabrik, geuning dijual ka majikan sejen"],
  ["trafficking", 0, "sponsor nyebutkeun abdi boga hutang 30 juta, kudu dibayar ku gawe sataun tanpa gajih"],
  ["trafficking", 0, "ti lembur diangkat ku calo, dikirim make visa ziarah, ayeuna gawe di imah tanpa izin"],
  ["trafficking", 1, "abdi dikurung di imah agen sareng awewe lianna, dipaksa ngalayanan lalaki, ieu hp nyolong"],
  ["trafficking", 1, "paspor dicokot, dijaga preman unggal waktu, dipaksa digawe di kebon, teu meunang kaluar, abdi sieun"],
  // ---- confinement
  ["confinement", 0, "abdi teu kenging kaluar imah ti mimiti datang"],
  ["confinement", 0, "hp abdi dicandak ku madam, teu tiasa nelepon kolot"],
  ["confinement", 0, "mun dunungan indit, abdi dikonci ti luar"],
  ["confinement", 0, "teu dibere nyepeng hp, ngan saminggu sakali ngabarkeun kulawarga"],
  ["confinement", 1, "abdi dikonci di imah, ieu ngetik make hp nu disumputkeun, mun kapanggih abdi pasti dihajar"],
  // ---- document_held
  ["document_held", 0, "paspor abdi ditahan ku dunungan, cenah sangkan teu kabur"],
  ["document_held", 0, "iqama abdi dicepeng kafil, abdi teu tiasa ka rumah sakit"],
  ["document_held", 0, "KTP sareng paspor dicandak ku PT ti saprak di penampungan"],
  ["document_held", 0, "abdi hoyong nyuhunkeun deui paspor, tapi agen teu daek masihan"],
  ["document_held", 1, "paspor abdi disumputkeun ku majikan, abdi ngetik ieu diem2 di wc, mun kanyahoan abdi dipeupeuh"],
  // ---- wage_issue
  ["wage_issue", 0, "gajih abdi teu acan dibayar tos 4 sasih"],
  ["wage_issue", 0, "gajih dipotong terus ku agen, teu jelas kanggo naon"],
  ["wage_issue", 0, "abdi dibayar ngan satengahna tina kontrak"],
  ["wage_issue", 0, "dunungan nyarios gajih bade dibayar pas uih, abdi hariwang"],
  ["wage_issue", 1, "nagih gajih malah diancam, abdi ngetik ieu nyumput, sieun pisan mun ketahuan"],
  // ---- overwork
  ["overwork", 0, "digawe ti subuh nepi ka jam 1 peuting, teu aya reureuh"],
  ["overwork", 0, "teu kungsi libur salila 9 bulan"],
  ["overwork", 0, "abdi ngan dibere dahar sakali sapoe"],
  ["overwork", 0, "sare di lantai dapur, teu aya kasur, tiis pisan"],
  ["overwork", 1, "abdi teu dibere dahar dua poe, lemes pisan, ngetik diem2 bisi kanyahoan"],
  // ---- health
  ["health", 0, "abdi muriang tos 3 dinten, teu dibere ubar"],
  ["health", 0, "huntu abdi nyeri pisan, dokter gigi di dieu mahal teu"],
  ["health", 0, "abdi kakandungan 2 bulan, kedah kumaha"],
  ["health", 1, "rerencangan abdi pingsan di dapur, teu sadar-sadar, kedah kumaha"],
  ["health", 1, "abdi utah getih ayeuna, sirah lieur pisan, nyalira di imah"],
  // ---- legal_status
  ["legal_status", 0, "visa abdi tos seep, dunungan teu daek manjangkeun"],
  ["legal_status", 0, "abdi overstay 2 taun, tiasa uih teu"],
  ["legal_status", 0, "abdi dituduh maling perhiasan madam, ayeuna disauran pulisi"],
  ["legal_status", 0, "abdi dipecat, cenah kedah kaluar ti Hongkong dina 14 dinten"],
  ["legal_status", 0, "rerencangan abdi ditewak imigrasi, kumaha carana nulungan"],
  // ---- agency_issue
  ["agency_issue", 0, "PT abdi menta deui 12 juta kanggo ngalih majikan"],
  ["agency_issue", 0, "agen teu tiasa dihubungi deui, kantorna tos tutup"],
  ["agency_issue", 0, "abdi hoyong ganti majikan, agen teu daek ngurus"],
  ["agency_issue", 0, "P3MI teu masihan salinan kontrak ka abdi"],
  // ---- go_home
  ["go_home", 0, "abdi hoyong uih ka Indonesia, teu gaduh artos kanggo tiket"],
  ["go_home", 0, "indung abdi gering, abdi hayang mulang"],
  ["go_home", 0, "kontrak seep bulan payun, saha nu mayar tiket uih"],
  ["go_home", 0, "sono ka budak, hayang balik ka lembur wae"],
  // ---- contact_embassy
  ["contact_embassy", 0, "nomer KBRI riyadh sabaraha"],
  ["contact_embassy", 0, "alamat KJRI hongkong dimana, naek naon ti causeway bay"],
  ["contact_embassy", 0, "kumaha carana lapor diri ka KBRI"],
  ["contact_embassy", 0, "hotline pangaduan PMI sabaraha nomerna"],
  ["contact_embassy", 1, "nomer KBRI jeddah sabaraha teh, enggal, abdi ngetik nyumput, mun kafil terang abdi dipeupeuh"],
  // ---- human_agent
  ["human_agent", 0, "abdi hoyong nyarios sareng petugas langsung"],
  ["human_agent", 0, "tiasa ditelepon deui ku petugas, abdi hoyong curhat"],
  ["human_agent", 0, "aya konselor teu, abdi butuh batur ngobrol"],
  ["human_agent", 0, "punten sambungkeun ka jalma, lain mesin"],
  ["human_agent", 1, "tulung telepon abdi ayeuna, ieu hp rerencangan, dunungan ngancam mun abdi ngadu"],
  // ---- finance
  ["finance", 0, "kirim artos ka lembur anu murah kumaha"],
  ["finance", 0, "kurs riyal dinten ieu sabaraha"],
  ["finance", 0, "abdi gaduh hutang ka bank emok, kumaha nyicilna"],
  ["finance", 0, "kumaha carana nabung tina gajih sangkan aya sesa"],
  // ---- greeting
  ["greeting", 0, "sampurasun teh"],
  ["greeting", 0, "wilujeng wengi teh, punten ngaganggu"],
  ["greeting", 0, "punten teh, bade naros"],
  ["greeting", 0, "assalamualaikum teh, aya nu tiasa ngawaler?"],
  // ---- thanks
  ["thanks", 0, "nuhun nya tos ngabantosan"],
  ["thanks", 0, "hatur nuhun infona, tos kacatet"],
  ["thanks", 0, "nuhun teh, abdi tos lega ayeuna"],
  // ---- goodbye
  ["goodbye", 0, "mangga, abdi undur heula nya teh"],
  ["goodbye", 0, "engke deui nya, dunungan tos uih"],
  ["goodbye", 0, "dugi ka engke"],
  ["goodbye", 0, "wios, sakitu heula nya"],
  // ---- out_of_scope
  ["out_of_scope", 0, "persib meunang teu tadi peuting"],
  ["out_of_scope", 0, "resep seblak kumaha nya"],
  ["out_of_scope", 0, "di taipei hujan teu isukan"],
  ["out_of_scope", 0, "abdi keur lalajo pilem horor, aya nu maot, sieun wkwk"],
  ["out_of_scope", 0, "hp abdi sok paeh sorangan, kedah diganti batre?"],

  // =====================================================================================
  // Malay (Malaysia / Brunei)
  // =====================================================================================
  // ---- emergency
  ["emergency", 1, "tolong saya, majikan tengah pukul saya sekarang"],
  ["emergency", 1, "bos pegang parang, dia kata nak bunuh saya malam ni"],
  ["emergency", 1, "saya menyorok dalam tandas, madam cari saya sambil menjerit"],
  ["emergency", 1, "sy dah lari dari rumah majikan, skrg kat tepi jalan Klang, takde duit takde fon"],
  ["emergency", 1, "tuan kunci saya dalam stor, dia ugut nak bakar saya"],
  ["emergency", 1, "dia cekik leher saya tadi, sekarang dia tunggu depan pintu bilik"],
  ["emergency", 1, "tolong, saya dalam bahaya"],
  ["emergency", 1, "ada orang cuba pecah masuk bilik sy, tolong cepat"],
  ["emergency", 1, "kak tlg, majikan tgh mengamuk pegang pisau, sy sorok bawah katil"],
  // ---- self_harm
  ["self_harm", 1, "saya dah tak larat hidup, nak mati je"],
  ["self_harm", 1, "rasa nak terjun dari tingkat 15 ni"],
  ["self_harm", 1, "saya dah telan ubat tidur banyak tadi"],
  ["self_harm", 1, "lebih baik saya takde, semua orang senang"],
  ["self_harm", 1, "sy selalu toreh tangan bila stress, malam ni pun nak buat lagi"],
  ["self_harm", 1, "ini mesej terakhir sy, kirim salam kat mak"],
  // ---- physical_abuse
  ["self_harm", 1, "sy rasa nak hilang je dari dunia ni, xde sapa kisah pun"],
  ["physical_abuse", 0, "majikan selalu lempang saya kalau lambat"],
  ["physical_abuse", 0, "madam tarik rambut saya sampai tercabut"],
  ["physical_abuse", 0, "saya kena sepak dengan anak majikan semalam"],
  ["physical_abuse", 0, "dulu majikan lama selalu pukul sy, sekarang dah tukar majikan, ok je"],
  ["physical_abuse", 1, "saya taip ni senyap2, badan saya lebam, majikan kata malam ni dia nak pukul lagi"],
  ["physical_abuse", 1, "mem curah air panas kat kaki saya pagi tadi, saya takut dia buat lagi bila balik"],
  // ---- sexual_abuse
  ["sexual_abuse", 0, "tuan selalu raba saya bila mem keluar"],
  ["sexual_abuse", 0, "anak lelaki majikan intai saya mandi"],
  ["sexual_abuse", 0, "majikan hantar gambar lucah kat whatsapp saya"],
  ["sexual_abuse", 0, "saya kena rogol dengan majikan, sekarang saya mengandung"],
  ["sexual_abuse", 1, "tuan masuk bilik saya setiap malam, pintu tak boleh kunci, saya takut malam ni, taip senyap2"],
  ["sexual_abuse", 1, "dia ugut nak sebar video saya kalau saya tak ikut cakap dia, saya tulis ni sembunyi"],
  // ---- psychological_abuse
  ["psychological_abuse", 0, "majikan maki saya bodoh, babi, tiap hari"],
  ["psychological_abuse", 0, "madam herdik saya depan kawan dia, malu sangat"],
  ["psychological_abuse", 0, "dia ugut nak report polis kata saya curi kalau saya minta balik"],
  ["psychological_abuse", 1, "sy guna fon kawan senyap2, majikan ugut nak hantar orang cari keluarga sy kalau sy lapor"],
  // ---- trafficking
  ["trafficking", 0, "ejen janji kerja kilang, sampai sini jadi orang gaji tanpa permit"],
  ["trafficking", 0, "masuk guna visa pelancong, ejen kata nanti buat permit, sampai sekarang takde"],
  ["trafficking", 0, "tekong kata hutang perjalanan 8000 ringgit, kena kerja ladang sawit tanpa gaji sampai habis"],
  ["trafficking", 1, "kami dikurung kat rumah kedai, dipaksa layan lelaki, pasport kena tahan, saya curi fon ni"],
  ["trafficking", 1, "suami saya kat bot ikan, tak bagi naik darat, kena pukul kalau melawan, dia mesej saya senyap2"],
  // ---- confinement
  ["confinement", 0, "saya tak boleh keluar rumah langsung, pintu pagar selalu kunci"],
  ["confinement", 0, "fon saya kena rampas, tak boleh call keluarga"],
  ["confinement", 0, "majikan keluar kerja, saya kena kunci dalam rumah sampai malam"],
  ["confinement", 0, "dah 2 tahun x pernah keluar rumah, hari cuti pun x boleh"],
  ["confinement", 1, "saya kena kurung dalam rumah, taip guna fon lama yang saya sorok, kalau dia tahu habis saya"],
  ["confinement", 1, "dh 3 hari kena kunci dlm bilik, xde makanan, majikan pergi bercuti, sy lapar sgt"],
  // ---- document_held
  ["document_held", 0, "pasport saya kena tahan dengan majikan"],
  ["document_held", 0, "ejen pegang pasport dan permit saya, tak nak bagi balik"],
  ["document_held", 0, "majikan simpan i-Kad saya, saya takut kena tangkap"],
  ["document_held", 1, "pasport kena sorok dengan majikan, saya taip ni dalam tandas, kalau kantoi saya kena pukul"],
  // ---- wage_issue
  ["wage_issue", 0, "gaji sy x bayar lagi dh 5 bulan"],
  ["wage_issue", 0, "majikan potong gaji 200 sebulan tanpa sebab"],
  ["wage_issue", 0, "gaji bawah dari kontrak, kontrak 1500 dapat 1000 je"],
  ["wage_issue", 0, "majikan kata gaji simpan dulu, bayar bila habis kontrak"],
  ["wage_issue", 1, "saya minta gaji terus kena marah, sekarang saya taip senyap2 bawah selimut, takut dia nampak"],
  // ---- overwork
  ["overwork", 0, "keje dr 5 pagi smpai 1 mlm, xde rehat langsung"],
  ["overwork", 0, "tak pernah dapat cuti sejak sampai Malaysia"],
  ["overwork", 0, "tidur kat lantai dapur, takde tilam"],
  ["overwork", 0, "makan sekali sehari je, nasi dengan kicap"],
  // ---- health
  ["health", 0, "sy demam dh seminggu, majikan xnak bg pergi klinik"],
  ["health", 0, "perut saya sakit teruk, ada ubat apa yang boleh beli"],
  ["health", 0, "saya mengandung, takut majikan hantar balik"],
  ["health", 1, "kawan saya pengsan tak sedar2, mulut berbuih"],
  ["health", 1, "dada sakit sangat susah nak bernafas sekarang, sy sorang kat rumah"],
  // ---- legal_status
  ["legal_status", 0, "permit saya dah tamat, majikan tak nak renew"],
  ["legal_status", 0, "saya PATI, nak ikut program rekalibrasi macam mana"],
  ["legal_status", 0, "kawan saya kena tangkap imigresen, sekarang kat depot"],
  ["legal_status", 0, "majikan tuduh saya curi emas, polis panggil saya"],
  // ---- agency_issue
  ["agency_issue", 0, "ejen minta bayar 5000 nak tukar majikan"],
  ["agency_issue", 0, "agensi tak angkat fon dah sebulan"],
  ["agency_issue", 0, "nk tukar majikan, ejen kata x boleh sbb kontrak blm habis"],
  ["agency_issue", 0, "ejen tak bagi salinan kontrak"],
  // ---- go_home
  ["go_home", 0, "saya nak balik Indonesia, takde duit tiket"],
  ["go_home", 0, "mak saya sakit kat kampung, nak balik cepat"],
  ["go_home", 0, "habis kontrak bulan depan, siapa tanggung tiket balik"],
  ["go_home", 0, "macam mana nak balik kalau majikan tak lepaskan"],
  // ---- contact_embassy
  ["contact_embassy", 0, "nombor KBRI KL berapa"],
  ["contact_embassy", 0, "alamat KJRI Johor Bahru kat mana"],
  ["contact_embassy", 0, "KJRI Kota Kinabalu buka hari sabtu tak"],
  ["contact_embassy", 0, "macam mana nak lapor diri kat KBRI Bandar Seri Begawan"],
  // ---- human_agent
  ["human_agent", 0, "boleh saya cakap dengan pegawai betul"],
  ["human_agent", 0, "tolong suruh orang call saya balik"],
  ["human_agent", 0, "nak bercakap dengan kaunselor"],
  ["human_agent", 1, "tolong call saya sekarang, guna fon kawan senyap2, kalau majikan tahu sy kena pukul"],
  // ---- finance
  ["finance", 0, "hantar duit ke Indonesia yang paling murah guna apa"],
  ["finance", 0, "rate ringgit ke rupiah hari ni berapa"],
  ["finance", 0, "macam mana nak simpan duit, gaji habis hantar kampung"],
  ["finance", 0, "saya ada hutang dengan along, macam mana nak bayar"],
  // ---- greeting
  ["greeting", 0, "hai kak, selamat pagi"],
  ["greeting", 0, "assalamualaikum, ada orang tak"],
  ["greeting", 0, "salam kak, nak tanya sikit"],
  ["greeting", 0, "hai, selamat petang"],
  // ---- thanks
  ["thanks", 0, "terima kasih banyak kak"],
  ["thanks", 0, "ok terima kasih, dah faham"],
  ["thanks", 0, "tq kak, sangat membantu"],
  // ---- goodbye
  ["goodbye", 0, "ok kak, saya nak tidur dulu, bye"],
  ["goodbye", 0, "jumpa lagi kak, nak masak dah"],
  ["goodbye", 0, "saya pergi dulu, majikan dah balik"],
  ["goodbye", 0, "nanti saya mesej lagi, bye"],
  // ---- out_of_scope
  ["out_of_scope", 0, "resipi nasi lemak macam mana"],
  ["out_of_scope", 0, "Harimau Malaya menang tak semalam"],
  ["out_of_scope", 0, "cerita hantu tadi seram gila, ada orang mati kena bunuh haha"],
  ["out_of_scope", 0, "fon saya selalu mati sendiri, kena tukar bateri ke"],

  // =====================================================================================
  // English and broken English
  // =====================================================================================
  // ---- emergency
  ["emergency", 1, "help my employer is hitting me with a belt right now"],
  ["emergency", 1, "sir has a knife and said he will kill me tonight"],
  ["emergency", 1, "i am hiding in the bathroom, madam is banging the door screaming"],
  ["emergency", 1, "i ran away from my employer house, now at mrt station, no money no passport, where can i go"],
  ["emergency", 1, "he locked me in the storeroom and said i will die there"],
  ["emergency", 1, "pls help someone trying to open my room door, its 2am"],
  ["emergency", 1, "he just choked me and he is still outside my door"],
  ["emergency", 1, "help help pls fast"],
  ["emergency", 1, "madam dragging me by my hair to the balcony, pls somebody"],
  // ---- self_harm
  ["self_harm", 1, "i dont want to live anymore, i want to end it"],
  ["self_harm", 1, "thinking of jumping from the balcony tonight"],
  ["self_harm", 1, "i took many sleeping pills just now"],
  ["self_harm", 1, "my family is better off without me"],
  ["self_harm", 1, "i cut my arm again, i cant stop"],
  ["self_harm", 1, "this is my last message, tell my son i love him"],
  ["self_harm", 1, "i keep thinking everyone would be happier if i just disappear, i already wrote goodbye letters"],
  // ---- physical_abuse
  ["physical_abuse", 0, "my madam always slaps me when i make mistake"],
  ["physical_abuse", 0, "sir pushed me down the stairs last week, my leg still swollen"],
  ["physical_abuse", 0, "ama pinches my arm everyday until blue"],
  ["physical_abuse", 0, "employer burned my hand with hot iron yesterday"],
  ["physical_abuse", 0, "in 2019 my employer in saudi beat me, now i'm home safe, can i still report?"],
  ["physical_abuse", 1, "typing this hiding in toilet, madam beat me this morning, she said tonight more"],
  ["physical_abuse", 1, "my body full of bruises, employer says he will beat me again when he come home, i'm scared"],
  // ---- sexual_abuse
  ["sexual_abuse", 0, "my employer's son keeps touching me when nobody home"],
  ["sexual_abuse", 0, "sir sends me dirty pictures at night"],
  ["sexual_abuse", 0, "my boss watches me when i shower, there is hole in the door"],
  ["sexual_abuse", 0, "i was raped by my employer, now i think i am pregnant"],
  ["sexual_abuse", 1, "he comes into my room every night, tonight also, door cannot lock, writing this secretly"],
  ["sexual_abuse", 1, "employer threatened to post my naked video if i tell anyone, i'm using friend phone"],
  // ---- psychological_abuse
  ["psychological_abuse", 0, "madam shouts at me all day and calls me stupid"],
  ["psychological_abuse", 0, "they humiliate me in front of guests, make me eat on the floor"],
  ["psychological_abuse", 0, "employer threatens to call police and say i stole if i ask for day off"],
  ["psychological_abuse", 1, "she said she will send people to my family in indonesia if i report, texting in secret"],
  // ---- trafficking
  ["trafficking", 0, "agent promised factory job but i was sent to work as maid"],
  ["trafficking", 0, "i was sold to another employer without my consent"],
  ["trafficking", 0, "they sent me with tourist visa and now i work illegally"],
  ["trafficking", 0, "agency says i owe 50 million and must work 2 years no salary to pay"],
  ["trafficking", 1, "we are locked in a house with other girls, forced to entertain men, guarded all day, stole this phone"],
  ["trafficking", 1, "my husband is on a fishing boat, they dont let him get off, beaten if he refuses, he texted me secretly"],
  // ---- confinement
  ["confinement", 0, "i am not allowed to leave the house at all"],
  ["confinement", 0, "employer took my phone, i can only call family once a month"],
  ["confinement", 0, "when they go out they lock me inside"],
  ["confinement", 0, "i havent gone out for 8 months, they say outside dangerous"],
  ["confinement", 1, "locked inside, using a hidden phone, if madam finds this phone she will hurt me"],
  // ---- document_held
  ["document_held", 0, "employer is keeping my passport"],
  ["document_held", 0, "agency holds my passport and work permit"],
  ["document_held", 0, "my HKID card taken by madam, she said for safe keeping"],
  ["document_held", 0, "my kafil keeps my iqama so i cannot go to hospital alone"],
  ["document_held", 1, "madam hides my passport, typing from toilet, if she catch me she will beat me"],
  // ---- wage_issue
  ["wage_issue", 0, "no salary for 3 months"],
  ["wage_issue", 0, "my salary lower than contract, they pay 3000 only"],
  ["wage_issue", 0, "employer deduct my salary for broken plate"],
  ["wage_issue", 0, "madam says she will keep my salary until contract finish"],
  ["wage_issue", 1, "asked for my salary and she got angry, i'm typing under blanket so she dont see, very scared"],
  // ---- overwork
  ["overwork", 0, "i work 18 hours a day no rest"],
  ["overwork", 0, "no day off since i arrived 1 year ago"],
  ["overwork", 0, "i only sleep 4 hours because ama wakes me every hour"],
  ["overwork", 0, "i sleep in the kitchen on the floor"],
  ["overwork", 1, "havent slept in 2 days, feel like fainting, cant rest, typing secretly"],
  // ---- health
  ["health", 0, "i have fever for 3 days, employer wont take me to doctor"],
  ["health", 0, "my tooth hurts so much cannot eat"],
  ["health", 0, "i am pregnant, what should i do, scared employer finds out"],
  ["health", 1, "my friend collapsed and not waking up, what do i do"],
  ["health", 1, "bleeding a lot from down there, i'm pregnant 4 months, alone in house"],
  ["health", 1, "strong chest pain and my left arm is numb right now, nobody home"],
  // ---- legal_status
  ["legal_status", 0, "my visa expired last month, employer didnt renew"],
  ["legal_status", 0, "i am overstay, can i go home without being jailed"],
  ["legal_status", 0, "terminated today, they said i must leave hong kong in 14 days"],
  ["legal_status", 0, "i was accused of stealing, police want to talk to me"],
  ["legal_status", 1, "immigration raid in our building now, hiding on the roof with no documents"],
  // ---- agency_issue
  ["agency_issue", 0, "agency asking another 10k to change employer"],
  ["agency_issue", 0, "my agent stopped answering my calls"],
  ["agency_issue", 0, "how do i break contract and find new employer"],
  ["agency_issue", 0, "agency wont give me copy of my contract"],
  // ---- go_home
  ["go_home", 0, "i just want to go back to indonesia, cant take it anymore here"],
  ["go_home", 0, "no money for flight home"],
  ["go_home", 0, "contract ends next month, who pays ticket home"],
  ["go_home", 0, "my father is sick, i need to go home asap"],
  // ---- contact_embassy
  ["contact_embassy", 0, "what is KJRI hong kong phone number"],
  ["contact_embassy", 0, "how to do lapor diri online"],
  ["contact_embassy", 0, "is KDEI taipei open on sunday"],
  ["contact_embassy", 0, "please give me the embassy hotline just in case"],
  // ---- human_agent
  ["human_agent", 0, "i want to speak to a human officer please"],
  ["human_agent", 0, "please ask a counsellor to call me back"],
  ["human_agent", 0, "is there someone i can chat with, not a bot"],
  ["human_agent", 0, "can someone call me after 10pm when madam sleeps"],
  ["human_agent", 1, "please call me now, borrowed phone, employer will hit me if she knows"],
  // ---- finance
  ["finance", 0, "cheapest way to send money to indonesia"],
  ["finance", 0, "what is today rate HKD to rupiah"],
  ["finance", 0, "how to save money from my salary"],
  ["finance", 0, "i have debt with loan company, they keep calling"],
  // ---- greeting
  ["greeting", 0, "hi sis"],
  ["greeting", 0, "morning kak, u there?"],
  ["greeting", 0, "hai, anyone here?"],
  ["greeting", 0, "hello mam, i want to ask"],
  // ---- thanks
  ["thanks", 0, "thank you so much sis"],
  ["thanks", 0, "ok thank you, very helpful"],
  ["thanks", 0, "tq so much, i'm safe now"],
  ["thanks", 0, "thank u kak, the officer already called me back"],
  // ---- goodbye
  ["goodbye", 0, "ok i go now bye"],
  ["goodbye", 0, "gotta go, madam is back"],
  ["goodbye", 0, "talk later bye"],
  ["goodbye", 0, "nite nite, going to sleep"],
  ["goodbye", 0, "i'll chat again tmrw"],
  // ---- out_of_scope
  ["out_of_scope", 0, "how to cook rendang"],
  ["out_of_scope", 0, "who won the football last night"],
  ["out_of_scope", 0, "will it rain tomorrow in singapore"],
  ["out_of_scope", 0, "i was watching a movie where the maid killed the boss lol"],
  ["out_of_scope", 0, "my phone keeps dying, any tips"],
];

/** Extra lines in Javanese, Sundanese, Malay and English (emergency and self_harm lines are always danger). */
export const CORPUS_LANGUAGES: readonly CorpusItem[] = corpusItems(RAW);
